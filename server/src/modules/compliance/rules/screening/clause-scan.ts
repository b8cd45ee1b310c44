/**
 * Small text helpers shared by the detectors and the screener. They work on the normalised text, where
 * whitespace and separators are already gone, so "不 保证" reads as "不保证".
 */

/** Clause punctuation; '.' is not here because it is the decimal point in "15.5%". */
const CLAUSE_BREAKS = new Set([...'，,。；;！!？?：:\n']);

/**
 * Words that turn the following wording into its negation ("不保证收益", "并非无风险", "不得承诺保本").
 * Only a negator immediately before the wording counts: looking further back would let "不要错过这个稳赚机会"
 * through.
 */
const NEGATORS = [
  '不构成任何', '不作任何', '不做任何', '不构成', '不得', '不能', '不会', '不可', '不是', '不作', '不做', '并非',
  '并不', '无法', '严禁', '禁止', '切勿', '杜绝', '打破', '没有', '不', '非', '未', '无',
];
const LONGEST_NEGATOR = Math.max(...NEGATORS.map((word) => word.length));

export function isNegatedAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LONGEST_NEGATOR), start);
  return NEGATORS.some((negator) => before.endsWith(negator));
}

/** The clause around [start, end): up to `reach` units either side, never crossing clause punctuation. */
export function clauseAround(text: string, start: number, end: number, reach: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && !CLAUSE_BREAKS.has(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && to - end < reach && !CLAUSE_BREAKS.has(text[to] ?? '')) to += 1;
  return { from, to };
}

export interface WordOccurrence {
  word: string;
  start: number;
  end: number;
}

/** Occurrences of any of `words` inside text[from, to), nearest to `anchor` first. */
export function findWords(
  text: string,
  words: readonly string[],
  from: number,
  to: number,
  anchor: number,
): WordOccurrence[] {
  const found: WordOccurrence[] = [];
  const window = text.slice(from, to);
  for (const word of words) {
    for (let at = window.indexOf(word); at !== -1; at = window.indexOf(word, at + 1)) {
      found.push({ word, start: from + at, end: from + at + word.length });
    }
  }
  const distance = (o: WordOccurrence) => Math.min(Math.abs(o.start - anchor), Math.abs(o.end - anchor));
  return found.sort((a, b) => distance(a) - distance(b));
}
