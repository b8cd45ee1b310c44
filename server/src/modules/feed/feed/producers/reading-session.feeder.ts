import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { logger } from '../../../../common/logging/logger.js';
import { LinkView } from '../../../tracking/entities/link-view.entity.js';
import { LINK_ENGAGED, LINK_OPENED, type LinkActivityEvent } from '../../../tracking/tracking.events.js';
import { BufferedWork } from '../../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../../common/buffering/debounced-batch.js';
import { clientLabel, readingText } from '../feed-text.js';
import type { FeedDraft } from '../feed.repository.js';
import { FeedRepository } from '../feed.repository.js';
import { FeedWriter } from '../feed.writer.js';

/** Short enough to keep the feed near real time, long enough to fold a burst of beacons into one write. */
export const READING_FLUSH_MS = 150;

interface PendingRead {
  token: string;
  viewerId: string;
  title: string;
  clickedCodes: string[];
}

export const readingSourceRef = (token: string, viewerId: string, sessionId: string): string => `read:${token}:${viewerId}:${sessionId}`;

/**
 * One feed item per viewer per link per reading session, re-worded as heartbeats arrive. link_views is
 * the source of truth for dwell (visible time only); forwards become "转发的《…》被他人打开" items and never
 * add to the client's own reading.
 */
@Injectable()
export class ReadingSessionFeeder {
  private readonly batch = new DebouncedBatch<PendingRead>(READING_FLUSH_MS, (reads) => this.write(reads), (error, size) =>
    logger.error('reading feed write failed', { error: (error as Error).message, sessions: size }),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: FeedRepository,
    private readonly writer: FeedWriter,
    buffered: BufferedWork,
  ) {
    buffered.register(this.batch);
  }

  @OnEvent(LINK_OPENED)
  onOpened(event: LinkActivityEvent): void {
    this.collect(event);
  }

  @OnEvent(LINK_ENGAGED)
  onEngaged(event: LinkActivityEvent): void {
    this.collect(event);
  }

  /** Writes what is pending now (tests; on shutdown BufferedWork settles every buffer). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  private collect(event: LinkActivityEvent): void {
    // A mass-send link is not one client's: its opens count for the campaign, not in a client's feed.
    if (event.clientId === null) return;
    const clicked = event.type === 'click' && event.productCode ? [event.productCode] : [];
    this.batch.add(`${event.token}|${event.viewerId}`, { token: event.token, viewerId: event.viewerId, title: event.contentTitle, clickedCodes: clicked }, (a, b) => ({
      ...b,
      clickedCodes: [...new Set([...a.clickedCodes, ...b.clickedCodes])],
    }));
  }

  private async write(reads: PendingRead[]): Promise<void> {
    const wanted = new Map(reads.map((read) => [`${read.token}|${read.viewerId}`, read]));
    const views = (await this.dataSource.getRepository(LinkView).findBy({ token: In([...new Set(reads.map((r) => r.token))]) })).filter(
      (view) => view.clientId !== null && wanted.has(`${view.token}|${view.viewerId}`),
    );
    if (views.length === 0) return;
    const refs = views.map((view) => readingSourceRef(view.token, view.viewerId, view.sessionId));
    const [existing, names] = await Promise.all([this.repo.findBySourceRefs(refs), this.repo.clientNames(views.map((view) => view.clientId!))]);
    const existingByRef = new Map(existing.map((item) => [item.sourceRef, item]));
    const drafts: FeedDraft[] = views.map((view) => {
      const read = wanted.get(`${view.token}|${view.viewerId}`)!;
      const sourceRef = readingSourceRef(view.token, view.viewerId, view.sessionId);
      const previous = existingByRef.get(sourceRef)?.data ?? {};
      const clickedCodes = [...new Set([...stringList(previous.clickedCodes), ...read.clickedCodes])];
      const watchlistCodes = stringList(previous.watchlistCodes);
      const name = names.get(view.clientId!);
      const who = name ? clientLabel(name.name, name.gender) : '客户';
      const sentence = { who, title: read.title, dwellMs: view.sessionDwellMs, isForward: Boolean(view.isForward), clickedCodes, watchlistCodes };
      return {
        clientId: view.clientId!,
        staffId: view.staffId,
        type: view.isForward ? 'content_forward' : 'content_read',
        occurredAt: view.sessionStartedAt,
        textZh: readingText(sentence),
        data: {
          token: view.token,
          viewerId: view.viewerId,
          sessionId: view.sessionId,
          versionId: view.versionId,
          title: read.title,
          dwellMs: view.sessionDwellMs,
          maxScrollPct: view.maxScrollPct,
          isForward: Boolean(view.isForward),
          clickedCodes,
          watchlistCodes,
          lastSeenAt: view.lastSeenAt.toISOString(),
        },
        sourceRef,
      };
    });
    await this.writer.upsert(drafts);
  }
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
