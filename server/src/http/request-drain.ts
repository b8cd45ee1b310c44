import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How often a drain looks again at the requests still in flight. */
const POLL_MS = 10;

/**
 * Stops a server's HTTP intake and lets the requests it has taken finish, before the modules behind them close.
 * Nest's own close tears the modules down first (the job queue, the beacon buffers) and only then the server, so a
 * request that finished in between would enqueue into a closed queue. Event streams (the advisor's feed) never
 * finish on their own: the drain does not wait for them, their hub ends them when its module closes.
 */
export class RequestDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly server: Server) {
    server.on('request', (_req: IncomingMessage, res: ServerResponse) => this.track(res));
  }

  /**
   * Refuses new connections, closes idle keep-alive ones and answers any further request on a busy one with
   * `Connection: close`; resolves once every request but the event streams has been answered, or after `timeoutMs`.
   * Returns how many requests were still unanswered then.
   */
  async drain(timeoutMs: number): Promise<number> {
    if (!this.draining) {
      this.draining = true;
      for (const res of this.inFlight) res.shouldKeepAlive = false;
      if (this.server.listening) this.server.close();
      this.server.closeIdleConnections();
    }
    const deadline = Date.now() + timeoutMs;
    let waiting = this.unanswered();
    while (waiting > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      waiting = this.unanswered();
    }
    return waiting;
  }

  private track(res: ServerResponse): void {
    if (this.draining) res.shouldKeepAlive = false;
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      // A keep-alive connection whose last request was just answered is idle now: let it go.
      if (this.draining) this.server.closeIdleConnections();
    });
  }

  private unanswered(): number {
    let count = 0;
    for (const res of this.inFlight) if (!isEventStream(res)) count++;
    return count;
  }
}

/** A stream's Content-Type must be set with setHeader (as the feed's hub does): headers passed to writeHead are not readable. */
function isEventStream(res: ServerResponse): boolean {
  const type = res.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/event-stream');
}
