/**
 * Line diff for the version history ("what changed between v2 and v3"): longest common subsequence over
 * lines (Hunt–McIlroy style, O(n·m) memory). Library texts are short (a script is a few lines, an
 * article a few hundred), so the quadratic table is fine; beyond MAX_CELLS the diff degrades to
 * "everything removed, everything added" instead of using unbounded memory.
 */

export interface DiffLine {
  op: 'equal' | 'add' | 'remove';
  text: string;
}

const MAX_CELLS = 4_000_000;

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ op: 'remove' as const, text })), ...b.map((text) => ({ op: 'add' as const, text }))];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened row-major.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      result.push({ op: 'equal', text: a[i] ?? '' });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      result.push({ op: 'remove', text: a[i++] ?? '' });
    } else {
      result.push({ op: 'add', text: b[j++] ?? '' });
    }
  }
  while (i < a.length) result.push({ op: 'remove', text: a[i++] ?? '' });
  while (j < b.length) result.push({ op: 'add', text: b[j++] ?? '' });
  return result;
}

function splitLines(text: string): string[] {
  return text.length === 0 ? [] : text.replace(/\r\n?/g, '\n').split('\n');
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields whose values differ (compared as JSON, so arrays and dates compare by value). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}
