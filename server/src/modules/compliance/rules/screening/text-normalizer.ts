/**
 * Normalises text for screening while remembering where every normalised character came from, so hits
 * found in the normalised form can be highlighted in the text the advisor actually typed.
 *
 * Evasions handled: full-width ASCII ("１００％"), upper case, and whitespace, zero-width characters or
 * separator marks slipped between characters ("保 本", "保-本", "保\u200B本"). Sentence punctuation
 * (，。；！？) is kept on purpose: dropping it would join words across clause boundaries and flag
 * innocent sentences.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

const IGNORED_CODE_POINTS = new Set<number>([
  // zero-width and invisible formatting characters
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e,
  // separators used to split a word apart; the full-width forms fold into these first
  ...[...'-_~·•・*/\\|—–\'"`‘’“”'].map((ch) => ch.codePointAt(0) ?? 0),
]);

/** Unicode White_Space beyond ASCII (what `\s` matches), listed so the hot loop avoids a regex per char. */
function isNonAsciiWhitespace(cp: number): boolean {
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

export interface NormalizedText {
  /** The normalised text; detectors may run regular expressions over it. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the first UTF-16 offset in the original it came from. */
  readonly sourceStart: Int32Array;
  /** For each UTF-16 unit of `text`, the offset just after its source character in the original. */
  readonly sourceEnd: Int32Array;
}

/** The normalised code point, or null when the character is ignored for matching. */
export function normalizeCodePoint(codePoint: number): number | null {
  let cp = codePoint;
  if (cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST) cp -= FULL_TO_HALF_OFFSET;
  if (IGNORED_CODE_POINTS.has(cp)) return null;
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20; // ASCII upper → lower
  if (cp < 0x80 ? cp <= 0x20 || cp === 0x7f : isNonAsciiWhitespace(cp)) return null;
  return cp;
}

export function normalizeForScreening(original: string): NormalizedText {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const codePoint = original.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const normalized = normalizeCodePoint(codePoint);
    if (normalized !== null) {
      const piece = String.fromCodePoint(normalized);
      for (let k = 0; k < piece.length; k += 1) {
        units.push(piece.charCodeAt(k));
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return {
    text: stringFromUnits(units),
    sourceStart: Int32Array.from(starts),
    sourceEnd: Int32Array.from(ends),
  };
}

/** Lexicon terms go through the same folding as the text, so "１００％" and "100%" are one term. */
export function normalizeTerm(term: string): string {
  return normalizeForScreening(term).text;
}

// String.fromCharCode(...array) overflows the call stack on very long inputs, so convert in slices.
function stringFromUnits(units: number[]): string {
  const SLICE = 8192;
  let result = '';
  for (let i = 0; i < units.length; i += SLICE) result += String.fromCharCode(...units.slice(i, i + SLICE));
  return result;
}
