import type { ScreeningHit, ScreeningLevel } from '@/api/compliance.types';

export interface TextSegment {
  text: string;
  /** The most severe level of the hits covering this stretch; null for plain text. */
  level: ScreeningLevel | null;
  /** Terms of the hits covering it, for the tooltip. */
  terms: string[];
}

/**
 * Splits the screened text into plain and flagged stretches using the hits' UTF-16 offsets (the server's
 * `text.slice(start, end)`). Overlapping hits merge into one stretch carrying the more severe level, so "保本保息"
 * matched by two entries reads as one block, not two nested marks.
 */
export function highlightSegments(text: string, hits: readonly ScreeningHit[]): TextSegment[] {
  const spans = hits
    .filter((hit) => hit.start >= 0 && hit.end > hit.start && hit.end <= text.length)
    .map((hit) => ({ start: hit.start, end: hit.end, level: hit.level, terms: [hit.term] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.level === 'block') last.level = 'block';
      for (const term of span.terms) if (!last.terms.includes(term)) last.terms.push(term);
    } else {
      merged.push({ ...span, terms: [...span.terms] });
    }
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), level: null, terms: [] });
    segments.push({ text: text.slice(span.start, span.end), level: span.level, terms: span.terms });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), level: null, terms: [] });
  return segments;
}
