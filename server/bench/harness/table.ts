import type { ScenarioResult } from './types.js';

const format = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(3));

/** One plain-text table for the whole run. */
export function renderTable(results: ScenarioResult[]): string {
  const header = ['scenario', 'db', 'metric', 'value', 'target', 'ceiling', 'ratio', 'scale'];
  const rows = results.map((r) => [
    r.scenario,
    r.database ?? '',
    r.metric,
    `${format(r.value)} ${r.unit}`,
    r.target ?? '',
    r.ceiling ? `${r.ceiling.label}: ${format(r.ceiling.value)}` : '',
    r.ratio === undefined ? '' : r.ratio.toFixed(2),
    r.scale,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
