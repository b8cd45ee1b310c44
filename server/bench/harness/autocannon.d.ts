// Minimal typing for the parts of autocannon the bench uses.
declare module 'autocannon' {
  interface Result {
    requests: { average: number };
    latency: { p50: number; p99: number; average: number };
    errors: number;
    non2xx: number;
  }
  function autocannon(options: Record<string, unknown>): Promise<Result>;
  function autocannon(options: Record<string, unknown>, done: (error: Error | null, result: Result) => void): import('node:events').EventEmitter;
  export default autocannon;
}
