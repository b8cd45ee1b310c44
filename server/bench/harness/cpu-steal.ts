import { readFileSync } from 'node:fs';

interface CpuTicks {
  steal: number;
  total: number;
}

/** The machine's CPU time counters summed over all CPUs (/proc/stat), or null where there are none (not Linux). */
function cpuTicks(): CpuTicks | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, n) => sum + n, 0) };
  } catch {
    return null;
  }
}

/**
 * Measures from now the share of CPU time a virtual machine's host gave to other guests ("steal"): the returned
 * function gives it in % for the window so far, or null where the machine does not count it. A load that ran with
 * 25 % stolen ran on three quarters of the machine, so figures from runs with different steal do not compare.
 */
export function stealMeter(): () => number | null {
  const start = cpuTicks();
  return () => {
    const end = cpuTicks();
    if (!start || !end || end.total <= start.total) return null;
    return (100 * (end.steal - start.steal)) / (end.total - start.total);
  };
}

/** Runs `work` and gives its result with the CPU steal (%) measured meanwhile. */
export async function withSteal<T>(work: () => Promise<T>): Promise<T & { stealPercent: number | null }> {
  const steal = stealMeter();
  const result = await work();
  return { ...result, stealPercent: steal() };
}

export function stealText(percent: number | null): string {
  return percent === null ? 'CPU steal not counted' : `CPU steal ${percent.toFixed(0)} %`;
}
