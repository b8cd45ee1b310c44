/**
 * Domain events of the portrait feature. Listeners (the feed's alert rules that read the portrait) react to
 * fresh portraits; the portrait module never imports them.
 */
export const PORTRAIT_UPDATED = 'portrait.updated';

/** Portraits of these clients were recomputed and stored: one event per stored batch (≤ 500 clients), not per client. */
export interface PortraitUpdatedEvent {
  clientIds: number[];
}
