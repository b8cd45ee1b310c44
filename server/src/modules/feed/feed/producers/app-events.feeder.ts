import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, MoreThanOrEqual } from 'typeorm';
import { CLOCK, type Clock } from '../../../../common/clock.js';
import { logger } from '../../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../../common/queue/job-queue.js';
import { CashFlow } from '../../../client-data/entities/cash-flow.entity.js';
import { BehaviourEvent } from '../../../ingest/behaviour-event.entity.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../../../ingest/client-activity.js';
import { BufferedWork } from '../../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../../common/buffering/debounced-batch.js';
import { type AppEventKind, appEventText, clientLabel, readingText } from '../feed-text.js';
import type { FeedItem } from '../feed-item.entity.js';
import { type ClientNameRow, type FeedDraft, FeedRepository } from '../feed.repository.js';
import { FeedWriter } from '../feed.writer.js';
import { stringList } from './reading-session.feeder.js';

export const APP_EVENTS_FEED_JOB = 'feed.app-events';
const FLUSH_MS = 100;
const BATCH = 500;
/** Backfills (history imported days later) are portrait material, not news: only recent behaviour is fed. */
export const FEED_LOOKBACK_MS = 48 * 3_600_000;
/** "阅读《…》…，并将 600519 加入自选": a watchlist add this soon after a read joins its sentence. */
export const COMBINE_WINDOW_MS = 10 * 60_000;

const FEED_EVENT_NAMES: Readonly<Record<string, AppEventKind>> = {
  watchlist_add: 'watchlist_add',
  product_view: 'product_view',
  purchase: 'purchase',
  redemption: 'redemption',
  complaint: 'complaint',
};
const FEED_ACTIVITY_KINDS = new Set([...Object.keys(FEED_EVENT_NAMES), 'cash_flows']);

/**
 * Ingested app behaviour (watchlist adds, product views, purchases, redemptions, complaints) and
 * imported cash flows become feed items. `client.activity` only names the clients, so a job reads their
 * recent rows; source_ref (the event id / cash-flow id) makes re-reading harmless.
 */
@Injectable()
export class AppEventsFeeder implements OnModuleInit {
  private readonly batch = new DebouncedBatch<number>(FLUSH_MS, (ids) => this.enqueue(ids), (error, size) =>
    logger.error('feed app-events enqueue failed', { error: (error as Error).message, clients: size }),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: FeedRepository,
    private readonly writer: FeedWriter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    buffered: BufferedWork,
  ) {
    buffered.register(this.batch);
  }

  onModuleInit(): void {
    this.queue.register<{ clientIds: number[] }>(APP_EVENTS_FEED_JOB, async ({ clientIds }) => ({ items: await this.feedClients(clientIds) }));
  }

  @OnEvent(CLIENT_ACTIVITY)
  onActivity(event: ClientActivityEvent): void {
    if (!(event.kinds ?? []).some((kind) => FEED_ACTIVITY_KINDS.has(kind))) return;
    for (const id of event.clientIds ?? []) if (Number.isInteger(id) && id > 0) this.batch.add(String(id), id);
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  /** Writes the feed items of these clients' recent events; answers how many were new. */
  async feedClients(clientIds: number[]): Promise<number> {
    if (clientIds.length === 0) return 0;
    const since = new Date(this.clock.now().getTime() - FEED_LOOKBACK_MS);
    const [events, flows, names] = await Promise.all([
      this.dataSource.getRepository(BehaviourEvent).find({
        select: { eventId: true, clientId: true, name: true, time: true, properties: true },
        where: { clientId: In(clientIds), name: In(Object.keys(FEED_EVENT_NAMES)), time: MoreThanOrEqual(since) },
      }),
      this.dataSource.getRepository(CashFlow).findBy({ clientId: In(clientIds), time: MoreThanOrEqual(since) }),
      this.repo.clientNames(clientIds),
    ]);
    const who = (clientId: number) => labelOf(names.get(clientId));
    const drafts: FeedDraft[] = [
      ...events.map((e) => eventDraft(e, who(e.clientId!))),
      ...flows.map((f) => ({
        clientId: f.clientId,
        staffId: null,
        type: f.direction === 'in' ? ('cash_in' as const) : ('cash_out' as const),
        occurredAt: f.time,
        textZh: appEventText(f.direction === 'in' ? 'cash_in' : 'cash_out', who(f.clientId), null, f.amount),
        data: { amount: f.amount, cashFlowId: f.id },
        sourceRef: `cf:${f.id}`,
      })),
    ];
    const existing = new Set((await this.repo.findBySourceRefs(drafts.map((d) => d.sourceRef))).map((item) => item.sourceRef));
    const fresh = drafts.filter((d) => !existing.has(d.sourceRef)).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    if (fresh.length === 0) return 0;
    const rewordedReads = await this.combineWithReads(fresh, names);
    await this.repo.insertIgnore(fresh, this.clock.now());
    const inserted = await this.repo.findBySourceRefs(fresh.map((d) => d.sourceRef));
    for (const [draft, readId] of rewordedReads.mergedInto) {
      const row = inserted.find((item) => item.sourceRef === draft.sourceRef);
      if (row) await this.repo.markMerged(row.id, readId);
    }
    if (rewordedReads.drafts.length > 0) await this.writer.upsert(rewordedReads.drafts);
    await this.writer.publish(inserted.filter((row) => !rewordedReads.mergedInto.some(([draft]) => draft.sourceRef === row.sourceRef)));
    return fresh.length;
  }

  /** Folds each watchlist add into the client's own reading session that was active in the 10 minutes before it. */
  private async combineWithReads(fresh: FeedDraft[], names: Map<number, ClientNameRow>): Promise<{ drafts: FeedDraft[]; mergedInto: [FeedDraft, number][] }> {
    const reads = new Map<number, FeedItem>();
    const mergedInto: [FeedDraft, number][] = [];
    for (const draft of fresh.filter((d) => d.type === 'watchlist_add' && typeof d.data.code === 'string')) {
      const read = await this.repo.latestOwnRead(draft.clientId, new Date(draft.occurredAt.getTime() - COMBINE_WINDOW_MS), draft.occurredAt);
      if (!read) continue;
      const current = reads.get(read.id) ?? read;
      const watchlistCodes = [...new Set([...stringList(current.data.watchlistCodes), draft.data.code as string])];
      current.data = { ...current.data, watchlistCodes };
      current.textZh = readingText({
        who: labelOf(names.get(current.clientId)),
        title: String(current.data.title ?? ''),
        dwellMs: Number(current.data.dwellMs ?? 0),
        isForward: false,
        clickedCodes: stringList(current.data.clickedCodes),
        watchlistCodes,
      });
      reads.set(read.id, current);
      mergedInto.push([draft, read.id]);
    }
    const drafts = [...reads.values()].map((r) => ({ clientId: r.clientId, staffId: r.staffId, type: r.type, occurredAt: r.occurredAt, textZh: r.textZh, data: r.data, sourceRef: r.sourceRef }));
    return { drafts, mergedInto };
  }

  private async enqueue(clientIds: number[]): Promise<void> {
    // No idempotency key: the job itself is idempotent (source_ref), and a later burst for the same
    // clients must run again to pick up their newer events.
    const sorted = [...clientIds].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i += BATCH) await this.queue.enqueue(APP_EVENTS_FEED_JOB, { clientIds: sorted.slice(i, i + BATCH) });
  }
}

function labelOf(name: ClientNameRow | undefined): string {
  return name ? clientLabel(name.name, name.gender) : '客户';
}

function eventDraft(e: BehaviourEvent, who: string): FeedDraft {
  const kind = FEED_EVENT_NAMES[e.name]!;
  const props = e.properties ?? {};
  const code = typeof props.code === 'string' ? props.code : typeof props.productCode === 'string' ? props.productCode : null;
  const amount = typeof props.amount === 'number' && Number.isFinite(props.amount) ? props.amount : null;
  return {
    clientId: e.clientId!,
    staffId: null,
    type: kind,
    occurredAt: e.time,
    textZh: appEventText(kind, who, code, amount),
    data: { eventId: e.eventId, ...(code ? { code } : {}), ...(amount !== null ? { amount } : {}) },
    sourceRef: `be:${e.eventId}`,
  };
}
