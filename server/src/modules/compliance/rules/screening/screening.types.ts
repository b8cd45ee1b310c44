/** Shapes of the pre-send screening (DESIGN §3): lexicon entries in, verdict and highlighted hits out. */

export const SCREENING_LEVELS = ['block', 'warn'] as const;
export type ScreeningLevel = (typeof SCREENING_LEVELS)[number];

export const SCREENING_CATEGORIES = [
  'return_promise',
  'guaranteed_principal',
  'insider_info',
  'stock_tip',
  'fee_wording',
  'exaggeration',
  'other',
] as const;
export type ScreeningCategory = (typeof SCREENING_CATEGORIES)[number];

export interface LexiconEntry {
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  /** Why the wording is forbidden, in Chinese, citing the rule where one applies. */
  reason: string;
  /** A compliant alternative the advisor can use instead. */
  suggestion?: string;
}

export type ScreeningVerdict = 'pass' | ScreeningLevel;

export interface ScreeningHit {
  /** The lexicon term, or for a detector the normalised wording it matched (e.g. "买入600519"). */
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  reason: string;
  suggestion: string | null;
  /** UTF-16 offsets into the ORIGINAL text: `text.slice(start, end)` is the offending wording as typed. */
  start: number;
  end: number;
  /** The offending wording with a little context either side, for display. */
  excerpt: string;
  source: 'lexicon' | 'detector';
}

export interface ScreeningResult {
  verdict: ScreeningVerdict;
  /** Ordered by position in the text. */
  hits: ScreeningHit[];
}

/** A match found by a detector, in offsets of the normalised text (the screener maps them back). */
export interface DetectedSpan {
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  reason: string;
  suggestion: string | null;
  start: number;
  end: number;
}

export const LEVEL_SEVERITY: Record<ScreeningLevel, number> = { warn: 1, block: 2 };

export function verdictOf(levels: Iterable<ScreeningLevel>): ScreeningVerdict {
  let verdict: ScreeningVerdict = 'pass';
  for (const level of levels) {
    if (level === 'block') return 'block';
    verdict = 'warn';
  }
  return verdict;
}
