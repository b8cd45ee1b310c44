import type { WorkBuffer } from './buffered-work.js';

/**
 * Collects keys for a short window and hands them over as one batch: landing-page heartbeats and ingest
 * batches arrive in bursts, and one query per burst beats one per event. A flush is also forced on
 * shutdown so nothing pending is dropped.
 */
export class DebouncedBatch<T> implements WorkBuffer {
  private pending = new Map<string, T>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** Batches handed over and not yet settled. */
  private handing = 0;

  constructor(
    private readonly windowMs: number,
    private readonly handle: (batch: T[]) => Promise<void>,
    private readonly onError: (error: unknown, size: number) => void,
  ) {}

  /** Adds (or replaces, merging with `merge`) the entry for `key`. */
  add(key: string, value: T, merge?: (previous: T, next: T) => T): void {
    const previous = this.pending.get(key);
    this.pending.set(key, previous !== undefined && merge ? merge(previous, value) : value);
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.windowMs);
    this.timer.unref();
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    if (batch.length === 0) return this.flushing;
    this.handing++;
    this.flushing = this.flushing
      .then(() => this.handle(batch))
      .catch((error: unknown) => this.onError(error, batch.length))
      .finally(() => this.handing--);
    return this.flushing;
  }

  get idle(): boolean {
    return this.pending.size === 0 && this.handing === 0;
  }
}
