import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../../ingest/client-activity.js';
import { BufferedWork } from '../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../common/buffering/debounced-batch.js';
import { LINK_ENGAGED, LINK_OPENED, type LinkActivityEvent } from '../tracking.events.js';
import { contentTopicOfTags } from './content-topic.js';
import { type ClientReadingSession, type DwellEventRow, ReadingSessionsRepository } from './reading-sessions.repository.js';

/** Portraits need no second-by-second dwell: a few seconds fold a reader's beats (and many readers) into one write. */
export const DWELL_FLUSH_MS = 5_000;

/** One behaviour event per reading session: the same id on every write, so a growing session updates its event. */
export function contentDwellEventId(token: string, viewerId: string, sessionId: string): string {
  return `landing-dwell:${createHash('sha1').update(`${token}|${viewerId}|${sessionId}`).digest('hex')}`;
}

export function toDwellEvent(session: ClientReadingSession): DwellEventRow {
  const topic = contentTopicOfTags(session.tags);
  return {
    eventId: contentDwellEventId(session.token, session.viewerId, session.sessionId),
    clientId: session.clientId,
    // The landing page knows its reader by the viewer cookie, not by an app distinct id.
    distinctId: `link-viewer:${session.viewerId}`,
    time: session.startedAt,
    properties: { contentId: `${session.contentKind}:${session.contentId}`, seconds: Math.floor(session.dwellMs / 1000), ...(topic ? { topic } : {}) },
  };
}

/**
 * DESIGN §4 data flow 3, last step: a client's reading of a tracked link becomes the portrait's `content_dwell`
 * behaviour event (EVENTS.md), one per reading session, and the portrait recomputes as for ingested events
 * (`client.activity`). The event is upserted as the session's dwell grows rather than written once when it ends:
 * a session has no reliable end (the page is closed or backgrounded without a word), so "settled" would need a
 * sweep; the deterministic id makes every write of the same session land on the same row. link_views is the
 * source of truth for the seconds, so a repeated or late write never double-counts. Forwards, viewers of links
 * sent to no one client and bots (never recorded by the beacon) produce nothing.
 */
@Injectable()
export class ContentDwellRecorder {
  private readonly batch = new DebouncedBatch<{ token: string; viewerId: string }>(DWELL_FLUSH_MS, (viewers) => this.record(viewers), (error, size) =>
    logger.error('content dwell events write failed', { error: (error as Error).message, sessions: size }),
  );

  constructor(
    private readonly sessions: ReadingSessionsRepository,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
    buffered: BufferedWork,
  ) {
    buffered.register(this.batch);
  }

  @OnEvent(LINK_OPENED)
  @OnEvent(LINK_ENGAGED)
  onReading(event: LinkActivityEvent): void {
    // Heartbeats do not say whether the viewer is a forward: link_views decides when the batch is written.
    if (event.clientId === null || event.isForward === true) return;
    this.batch.add(`${event.token}|${event.viewerId}`, { token: event.token, viewerId: event.viewerId });
  }

  /** Writes what is pending now (tests; on shutdown BufferedWork settles every buffer). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  private async record(viewers: { token: string; viewerId: string }[]): Promise<void> {
    const sessions = await this.sessions.clientSessions(viewers);
    if (sessions.length === 0) return;
    await this.sessions.upsertDwellEvents(sessions.map(toDwellEvent), this.clock.now());
    const event: ClientActivityEvent = { clientIds: [...new Set(sessions.map((s) => s.clientId))], kinds: ['content_dwell'] };
    this.events.emit(CLIENT_ACTIVITY, event);
  }
}
