import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound, validationFailed } from '../../../common/errors/app-error.js';
import { logger } from '../../../common/logging/logger.js';
import { BufferedWork } from '../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../common/buffering/debounced-batch.js';
import { classifyUserAgent, type UaClass } from '../landing/bot-filter.js';
import { type LandingContent, LandingContentReader, type LandingLink } from '../landing/landing-content.reader.js';
import { LINK_ENGAGED, LINK_OPENED, type LinkActivityEvent } from '../tracking.events.js';
import { type BeaconInput, parseBeacon } from './beacon-input.js';
import { BeaconRateLimiter } from './beacon-rate-limiter.js';
import { type BufferedBeat, ENGAGEMENT_FLUSH_MS, beatKey, mergeBeats } from './engagement-buffer.js';
import { type Engagement, LinkViewsRepository } from './link-views.repository.js';

/** Heartbeats come every 15 s; a beat may carry a little more (throttled timers), never a long sleep. */
export const MAX_VISIBLE_MS_PER_BEAT = 20_000;
/** A link forwarded this widely is a broadcast, not a client's reading: further new viewers are not stored. */
export const MAX_VIEWERS_PER_LINK = 500;

export type BeaconOutcome = 'recorded' | 'ignored' | 'withdrawn';

/**
 * Records landing-page beacons. Opens are recorded from the page script's first beacon rather than from
 * the page request itself: link-preview fetchers, security scanners and prefetchers request the page
 * but never run its script (and are not visible), so they cannot produce an open even when their
 * User-Agent is unknown — the bot list is the second line of defence, not the only one. Opens are
 * written at once (the first viewer decides who is the client); later beats are buffered briefly and
 * written in one transaction per window (engagement-buffer.ts).
 */
interface BeatContext {
  link: LandingLink;
  content: LandingContent;
  beacon: BeaconInput;
  uaClass: UaClass;
}

@Injectable()
export class BeaconService {
  private readonly limiter = new BeaconRateLimiter();
  private readonly beats = new DebouncedBatch<BufferedBeat<BeatContext>>(ENGAGEMENT_FLUSH_MS, (beats) => this.writeBeats(beats), (error, size) =>
    logger.error('landing beacons write failed', { error: (error as Error).message, beats: size }),
  );

  constructor(
    private readonly reader: LandingContentReader,
    private readonly views: LinkViewsRepository,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
    buffered: BufferedWork,
  ) {
    buffered.register(this.beats);
  }

  async record(token: string, body: unknown, userAgent: string | undefined): Promise<BeaconOutcome> {
    const parsed = parseBeacon(body);
    if (!parsed.ok) throw validationFailed(parsed.errors.map((error) => ({ field: 'body', errors: [error] })), '埋点数据格式不正确');
    const uaClass = classifyUserAgent(userAgent);
    if (uaClass === 'bot') return 'ignored';
    const now = this.clock.now();
    const beacon = parsed.beacon;
    if (!this.limiter.take(beacon.viewerId, now.getTime())) throw new AppError('RATE_LIMITED');
    const link = await this.reader.link(token);
    const content = link ? await this.reader.content(link) : null;
    if (!link || !content) throw notFound('链接');
    if (!this.reader.isAvailable(content)) return 'withdrawn';

    if (beacon.type === 'open') {
      // Beats still buffered belong to the session before this open; write them first.
      await this.flush();
      this.limiter.creditVisibleMs(beacon.viewerId, 0, 0, now.getTime());
      const isForward = await this.open(link, beacon, uaClass, now);
      if (isForward === null) return 'ignored';
      this.emit(LINK_OPENED, link, content, beacon, now, isForward);
      return 'recorded';
    }
    const engagement: Engagement = {
      token,
      viewerId: beacon.viewerId,
      sessionId: beacon.sessionId,
      visibleMs: this.limiter.creditVisibleMs(beacon.viewerId, beacon.visibleMs, MAX_VISIBLE_MS_PER_BEAT, now.getTime()),
      scrollPct: beacon.scrollDepth,
      clicks: beacon.type === 'click' ? 1 : 0,
      shares: beacon.type === 'share' ? 1 : 0,
      at: now,
    };
    const events =
      beacon.type === 'click' || beacon.type === 'share'
        ? [{ token, viewerId: beacon.viewerId, sessionId: beacon.sessionId, type: beacon.type, at: now, data: beacon.productCode ? { productCode: beacon.productCode } : null }]
        : [];
    this.beats.add(beatKey(engagement), { engagement, events, context: { link, content, beacon, uaClass } }, mergeBeats);
    return 'recorded';
  }

  /** Writes the buffered beats now (tests and benches; on shutdown BufferedWork settles every buffer). */
  flush(): Promise<void> {
    return this.beats.flush();
  }

  /** One transaction for the window's beats; a beat whose session is unknown (lost open, new page load) opens it first. */
  private async writeBeats(beats: BufferedBeat<BeatContext>[]): Promise<void> {
    const missed = await this.views.transaction(async (manager) => {
      const misses = new Set(await this.views.addEngagements(beats.map((beat) => beat.engagement), manager));
      await this.views.addEvents(beats.flatMap((beat) => beat.events), manager);
      return beats.filter((beat) => misses.has(beat.engagement));
    });
    for (const beat of missed) {
      const { link, content, beacon, uaClass } = beat.context;
      const isForward = await this.open(link, beacon, uaClass, beat.engagement.at);
      if (isForward === null) continue;
      this.emit(LINK_OPENED, link, content, beacon, beat.engagement.at, isForward);
      await this.views.addEngagement(beat.engagement);
    }
    for (const beat of beats) this.emit(LINK_ENGAGED, beat.context.link, beat.context.content, beat.context.beacon, beat.engagement.at);
  }

  /** Opens a session; answers whether the viewer is a forward, or null when the link is over its viewer cap. */
  private async open(link: LandingLink, beacon: BeaconInput, uaClass: UaClass, at: Date): Promise<boolean | null> {
    const stats = await this.views.viewerStats(link.token, beacon.viewerId);
    if (!stats.known && stats.viewers >= MAX_VIEWERS_PER_LINK) return null;
    // The first viewer of a client's token is that client; anyone after is a forward. A mass-send link
    // (no client) is shared by every recipient, so none of its viewers is a forward or a known client.
    const isForward = link.clientId === null ? false : stats.known ? stats.knownIsForward : stats.viewers > 0;
    await this.views.openSession({
      token: link.token,
      viewerId: beacon.viewerId,
      sessionId: beacon.sessionId,
      clientId: link.clientId,
      staffId: link.staffId,
      versionId: link.versionId,
      isForward,
      uaClass,
      at,
    });
    await this.views.addEvent(link.token, beacon.viewerId, beacon.sessionId, 'open', at, null);
    return isForward;
  }

  private emit(name: string, link: LandingLink, content: LandingContent, beacon: BeaconInput, at: Date, isForward?: boolean): void {
    const event: LinkActivityEvent = {
      token: link.token,
      viewerId: beacon.viewerId,
      sessionId: beacon.sessionId,
      type: beacon.type,
      clientId: link.clientId,
      staffId: link.staffId,
      versionId: link.versionId,
      contentTitle: content.title,
      isProductRelated: content.isProductRelated,
      productCodes: content.productCodes,
      ...(isForward !== undefined ? { isForward } : {}),
      ...(beacon.productCode ? { productCode: beacon.productCode } : {}),
      at,
    };
    this.events.emit(name, event);
  }
}
