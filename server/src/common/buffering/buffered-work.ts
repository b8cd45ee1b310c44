import { Injectable } from '@nestjs/common';

/** Work held in memory for a short window before it is written or enqueued. */
export interface WorkBuffer {
  /** Hands over what is pending; resolves once that (and anything handed over before) has settled. */
  flush(): Promise<void>;
  /** Nothing pending and nothing handed over still in progress. */
  readonly idle: boolean;
}

/** How many rounds a settle runs before it gives up on buffers that keep refilling each other. */
const MAX_ROUNDS = 10;

/**
 * The app's in-memory buffers (landing-page beats, dwell, activity for the recompute, alert evaluations, feed
 * items), settled together on shutdown. Flushing one can fill another: a dwell write announces client activity,
 * which the recompute and the alert triggers buffer in turn. Flushed once each, in module order, a buffer flushed
 * early would miss what a later one announced; a settle flushes them all, round after round, until every one is
 * idle. The app's close settles them after the workers stop and before any module closes.
 */
@Injectable()
export class BufferedWork {
  private readonly buffers = new Set<WorkBuffer>();

  register(buffer: WorkBuffer): void {
    this.buffers.add(buffer);
  }

  /** Flushes every buffer until all are idle; returns false if they were still refilling after MAX_ROUNDS. */
  async settle(): Promise<boolean> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (this.idle()) return true;
      await Promise.all([...this.buffers].map((buffer) => buffer.flush()));
    }
    return this.idle();
  }

  private idle(): boolean {
    return [...this.buffers].every((buffer) => buffer.idle);
  }
}
