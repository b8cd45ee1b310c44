/** Bytes walked by the probe: far beyond any CPU cache, about the size of a busy server process's heap. */
const PROBE_BYTES = 256 * 2 ** 20;
const STEPS = 4_000_000;

/**
 * Nanoseconds per dependent random read over 256 MB (a pointer chase through one random cycle). Caches cannot help,
 * so it shows what a memory access costs on this machine right now, with its address translation. On a shared VM it
 * differs between hosts and days where a tight loop does not, and the app's request paths (large heap, much code)
 * are the kind of work it slows. Printed with the machine so runs on different hosts can be compared.
 */
export function memoryLatencyNs(): number {
  const length = PROBE_BYTES / 4;
  const next = new Uint32Array(length);
  const order = new Uint32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let i = 0; i < length; i++) next[order[i]!] = order[(i + 1) % length]!;
  let at = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < STEPS; i++) at = next[at]!;
  const ns = Number(process.hrtime.bigint() - started) / STEPS;
  return at >= 0 ? ns : NaN; // uses `at`, so the walk cannot be optimised away
}
