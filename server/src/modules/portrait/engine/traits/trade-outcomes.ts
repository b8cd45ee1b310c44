import type { TradeInput } from '../inputs.js';
import { DAY_MS } from '../numeric.js';

/** Sells that realized a gain (realizedPnl > 0), in time order. */
export function gainRealizingSells(sortedTrades: readonly TradeInput[], asOf: number): TradeInput[] {
  return sortedTrades.filter((t) => t.side === 'sell' && t.time <= asOf && (t.realizedPnl ?? 0) > 0);
}

/**
 * Whether `time` falls within `days` after any of the sorted anchor times. Anchors and probes are both in time order
 * in every caller, so a moving cursor keeps this linear overall.
 */
export class AfterAnchorWindow {
  private cursor = 0;
  constructor(
    private readonly anchors: readonly number[],
    private readonly days: number,
  ) {}

  /** Probe times must be non-decreasing across calls. */
  contains(time: number): boolean {
    while (this.cursor < this.anchors.length && (this.anchors[this.cursor] ?? 0) + this.days * DAY_MS < time) {
      this.cursor++;
    }
    const anchor = this.anchors[this.cursor];
    return anchor !== undefined && anchor < time;
  }
}

