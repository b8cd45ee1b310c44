import { AhoCorasick } from './aho-corasick.js';
import { isNegatedAt } from './clause-scan.js';
import { detectReturnPromises } from './return-promise-detector.js';
import { detectStockTips } from './stock-tip-detector.js';
import {
  LEVEL_SEVERITY,
  verdictOf,
  type DetectedSpan,
  type LexiconEntry,
  type ScreeningHit,
  type ScreeningLevel,
  type ScreeningResult,
} from './screening.types.js';
import { normalizeForScreening, normalizeTerm, type NormalizedText } from './text-normalizer.js';

/** Finds wording the lexicon cannot enumerate; works on the normalised text. */
export type ScreeningDetector = (normalizedText: string) => DetectedSpan[];

export const DEFAULT_DETECTORS: readonly ScreeningDetector[] = [detectStockTips, detectReturnPromises];

export interface ScreenerOptions {
  /** Identifies the lexicon the screener was built from, so callers can cache one screener per version. */
  version?: string;
  /**
   * Legitimate phrases that contain a lexicon term ("无风险利率" is a textbook term, "绝对收益" a strategy
   * name). A term found entirely inside one of them is not reported.
   */
  allowedPhrases?: readonly string[];
  detectors?: readonly ScreeningDetector[];
  /** Characters of context either side of a hit in its excerpt. */
  excerptContext?: number;
}

interface Candidate extends DetectedSpan {
  source: ScreeningHit['source'];
}

const DEFAULT_EXCERPT_CONTEXT = 10;

/**
 * Pre-send screening of advisor-typed text (DESIGN §3). Build one per lexicon version (construction
 * compiles the automaton); `screen` is then pure and cheap.
 */
export class Screener {
  readonly version: string;
  private readonly entries: LexiconEntry[];
  private readonly automaton: AhoCorasick;
  private readonly detectors: readonly ScreeningDetector[];
  private readonly excerptContext: number;

  constructor(lexicon: readonly LexiconEntry[], options: ScreenerOptions = {}) {
    this.version = options.version ?? 'unversioned';
    this.entries = mergeDuplicateTerms(lexicon);
    const allowed = (options.allowedPhrases ?? []).map(normalizeTerm);
    this.automaton = new AhoCorasick([...this.entries.map((entry) => normalizeTerm(entry.term)), ...allowed]);
    this.detectors = options.detectors ?? DEFAULT_DETECTORS;
    this.excerptContext = options.excerptContext ?? DEFAULT_EXCERPT_CONTEXT;
  }

  /** Number of distinct lexicon terms compiled into the automaton. */
  get size(): number {
    return this.entries.length;
  }

  /** Size of the compiled automaton, reported by the benchmark. */
  get automatonStates(): number {
    return this.automaton.stateCount;
  }

  screen(text: string): ScreeningResult {
    const normalized = normalizeForScreening(text);
    const fromLexicon = resolveOverlaps(this.lexiconCandidates(normalized.text));
    const detected = this.detectors.flatMap((detect) => detect(normalized.text));
    const fromDetectors = resolveOverlaps(detected.map((span) => ({ ...span, source: 'detector' as const })));
    const hits = [...fromLexicon, ...fromDetectors]
      .map((candidate) => this.toHit(candidate, text, normalized))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return { verdict: verdictOf(hits.map((hit) => hit.level)), hits };
  }

  private lexiconCandidates(normalizedText: string): Candidate[] {
    const matches = this.automaton.findAll(normalizedText);
    const allowedSpans = matches.filter((match) => match.pattern >= this.entries.length);
    const candidates: Candidate[] = [];
    for (const match of matches) {
      const entry = this.entries[match.pattern];
      if (!entry) continue; // an allowed phrase
      if (allowedSpans.some((allowed) => allowed.start <= match.start && match.end <= allowed.end)) continue;
      if (isNegatedAt(normalizedText, match.start)) continue;
      candidates.push({
        term: entry.term,
        level: entry.level,
        category: entry.category,
        reason: entry.reason,
        suggestion: entry.suggestion ?? null,
        start: match.start,
        end: match.end,
        source: 'lexicon',
      });
    }
    return candidates;
  }

  private toHit(candidate: Candidate, original: string, normalized: NormalizedText): ScreeningHit {
    const start = normalized.sourceStart[candidate.start] ?? 0;
    const end = normalized.sourceEnd[candidate.end - 1] ?? start;
    const excerptFrom = Math.max(0, start - this.excerptContext);
    const excerptTo = Math.min(original.length, end + this.excerptContext);
    return {
      term: candidate.term,
      level: candidate.level,
      category: candidate.category,
      reason: candidate.reason,
      suggestion: candidate.suggestion,
      start,
      end,
      excerpt: original.slice(excerptFrom, excerptTo),
      source: candidate.source,
    };
  }
}

/** Two entries that normalise to the same term become one; the stricter level wins. */
function mergeDuplicateTerms(lexicon: readonly LexiconEntry[]): LexiconEntry[] {
  const byTerm = new Map<string, LexiconEntry>();
  for (const entry of lexicon) {
    const key = normalizeTerm(entry.term);
    if (key.length === 0) throw new Error(`Lexicon term "${entry.term}" is empty after normalisation`);
    const existing = byTerm.get(key);
    if (!existing || LEVEL_SEVERITY[entry.level] > LEVEL_SEVERITY[existing.level]) byTerm.set(key, entry);
  }
  return [...byTerm.values()];
}

/**
 * Keeps the longest match at each position, and drops a match lying inside another one that is at least
 * as severe ("稳赚" inside "稳赚不赔"). Distinct terms that merely overlap ("无风险" and "风险收益承诺") are
 * all kept, as is a stricter term inside a milder one, so a block is never hidden by a warning.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || LEVEL_SEVERITY[b.level] - LEVEL_SEVERITY[a.level],
  );
  const kept: Candidate[] = [];
  const furthestEnd: Record<ScreeningLevel, number> = { warn: -1, block: -1 };
  for (const candidate of ordered) {
    const coveredByAsSevere =
      candidate.level === 'block' ? furthestEnd.block : Math.max(furthestEnd.block, furthestEnd.warn);
    if (coveredByAsSevere >= candidate.end) continue;
    kept.push(candidate);
    furthestEnd[candidate.level] = Math.max(furthestEnd[candidate.level], candidate.end);
  }
  return kept;
}
