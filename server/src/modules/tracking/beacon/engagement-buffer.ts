import type { LinkEvent } from '../entities/link-event.entity.js';
import type { Engagement } from './link-views.repository.js';

/**
 * Heartbeats, scrolls, clicks and shares collected for a moment and written together: beats of one
 * viewer session are summed, and a flush is one transaction (one commit) instead of one commit per
 * beacon — on MySQL the per-commit log flush, not the UPDATE, is what limits thousands of beacons a
 * second. A crash loses at most one window of reading time (telemetry; the page never reads the answer).
 */
export const ENGAGEMENT_FLUSH_MS = 100;

export interface BufferedBeat<C> {
  engagement: Engagement;
  events: Omit<LinkEvent, 'id'>[];
  /** What the caller needs after the write (to open a lost session and to announce the beat). */
  context: C;
}

export function mergeBeats<C>(a: BufferedBeat<C>, b: BufferedBeat<C>): BufferedBeat<C> {
  return {
    engagement: {
      ...b.engagement,
      visibleMs: a.engagement.visibleMs + b.engagement.visibleMs,
      scrollPct: Math.max(a.engagement.scrollPct, b.engagement.scrollPct),
      clicks: a.engagement.clicks + b.engagement.clicks,
      shares: a.engagement.shares + b.engagement.shares,
    },
    events: [...a.events, ...b.events],
    context: b.context,
  };
}

export const beatKey = (e: Engagement): string => `${e.token}|${e.viewerId}|${e.sessionId}`;
