/** Fault injection and call counting, so tests can provoke WeCom's failure modes on demand. */
export class Faults {
  private readonly injected: { endpoint: string; errcode: number; remaining: number }[] = [];
  private readonly calls = new Map<string, number>();
  latencyMs = 0;

  /** The next `count` calls to `endpoint` ('*' = any endpoint) answer `errcode`. */
  injectErrors(endpoint: string, errcode: number, count: number): void {
    this.injected.push({ endpoint, errcode, remaining: count });
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  /** Consumes one injected error for this call, if any is pending. */
  takeInjectedError(endpoint: string): number | undefined {
    const fault = this.injected.find((f) => f.remaining > 0 && (f.endpoint === endpoint || f.endpoint === '*'));
    if (!fault) return undefined;
    fault.remaining--;
    return fault.errcode;
  }

  recordCall(endpoint: string): void {
    this.calls.set(endpoint, (this.calls.get(endpoint) ?? 0) + 1);
  }

  callCount(endpoint: string): number {
    return this.calls.get(endpoint) ?? 0;
  }

  callCounts(): Record<string, number> {
    return Object.fromEntries(this.calls);
  }

  reset(): void {
    this.injected.length = 0;
    this.calls.clear();
    this.latencyMs = 0;
  }
}
