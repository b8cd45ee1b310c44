/**
 * Per-viewer beacon budget (fixed one-minute window) and the time of the viewer's last accepted beat,
 * which bounds how much visible time one beat may add. An honest page sends ≈ 4 heartbeats, ≤ 4 scroll
 * milestones and a few clicks a minute, so 30 leaves room; a script hammering the endpoint is refused.
 * In-process: with several instances behind a load balancer each keeps its own budget, which still
 * bounds abuse (N × budget) without a shared store on the hot path.
 */
export const BEACONS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_TRACKED_VIEWERS = 100_000;

interface ViewerBudget {
  windowStart: number;
  count: number;
  lastBeatAt: number;
}

export class BeaconRateLimiter {
  private readonly viewers = new Map<string, ViewerBudget>();

  /** Takes one beacon from the viewer's budget; false when the budget for this minute is spent. */
  take(viewerId: string, nowMs: number): boolean {
    const budget = this.viewers.get(viewerId);
    if (!budget || nowMs - budget.windowStart >= WINDOW_MS) {
      this.remember(viewerId, { windowStart: nowMs, count: 1, lastBeatAt: budget?.lastBeatAt ?? 0 });
      return true;
    }
    if (budget.count >= BEACONS_PER_MINUTE) return false;
    budget.count += 1;
    return true;
  }

  /**
   * Visible time one beat may add: what the page reports, at most `capMs`, and — when this process saw
   * the viewer's previous beat — no more than the wall time since then (plus slack for clock jitter).
   */
  creditVisibleMs(viewerId: string, reportedMs: number, capMs: number, nowMs: number): number {
    const budget = this.viewers.get(viewerId);
    const previous = budget?.lastBeatAt ?? 0;
    if (budget) budget.lastBeatAt = nowMs;
    const sincePrevious = previous > 0 ? nowMs - previous + 2_000 : Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(reportedMs, capMs, sincePrevious));
  }

  private remember(viewerId: string, budget: ViewerBudget): void {
    this.viewers.delete(viewerId);
    this.viewers.set(viewerId, budget);
    if (this.viewers.size > MAX_TRACKED_VIEWERS) {
      const oldest = this.viewers.keys().next();
      if (!oldest.done) this.viewers.delete(oldest.value);
    }
  }
}
