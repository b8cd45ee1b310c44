/**
 * Aho–Corasick multi-pattern matcher over Unicode code points (Aho & Corasick 1975). Built once per
 * lexicon version; a scan costs O(text length + matches) whatever the number of patterns, which is
 * what keeps screening under a millisecond with thousands of lexicon entries.
 */

export interface PatternMatch {
  /** Index of the pattern in the array given to the constructor. */
  pattern: number;
  /** UTF-16 offsets in the scanned text. */
  start: number;
  end: number;
}

const ROOT = 0;
const NO_PATTERN = -1;

export class AhoCorasick {
  private readonly transitions: Map<number, number>[] = [new Map()];
  private readonly failure: number[] = [ROOT];
  /** The pattern ending exactly at a node, or NO_PATTERN. */
  private readonly patternAt: number[] = [NO_PATTERN];
  /** The nearest node along the failure chain that ends a pattern ("dictionary suffix link"). */
  private readonly outputLink: number[] = [ROOT];
  private readonly patternLengths: number[];

  /** Empty patterns are ignored; of duplicate patterns the first one wins. */
  constructor(patterns: readonly string[]) {
    this.patternLengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, index) => this.insert(pattern, index));
    this.linkFailures();
  }

  get stateCount(): number {
    return this.transitions.length;
  }

  /** Every occurrence of every pattern, including overlapping and nested ones, in order of end offset. */
  findAll(text: string): PatternMatch[] {
    const matches: PatternMatch[] = [];
    let state = ROOT;
    for (let i = 0; i < text.length; ) {
      const codePoint = text.codePointAt(i) ?? 0;
      i += codePoint > 0xffff ? 2 : 1;
      state = this.step(state, codePoint);
      for (let node = this.patternAt[state] === NO_PATTERN ? this.outputLink[state] ?? ROOT : state; node !== ROOT; ) {
        const pattern = this.patternAt[node] ?? NO_PATTERN;
        matches.push({ pattern, start: i - (this.patternLengths[pattern] ?? 0), end: i });
        node = this.outputLink[node] ?? ROOT;
      }
    }
    return matches;
  }

  private step(from: number, codePoint: number): number {
    let state = from;
    for (;;) {
      const next = this.transitions[state]?.get(codePoint);
      if (next !== undefined) return next;
      if (state === ROOT) return ROOT;
      state = this.failure[state] ?? ROOT;
    }
  }

  private insert(pattern: string, index: number): void {
    if (pattern.length === 0) return;
    let state = ROOT;
    for (const char of pattern) {
      const codePoint = char.codePointAt(0) ?? 0;
      const edges = this.transitions[state] ?? new Map<number, number>();
      let next = edges.get(codePoint);
      if (next === undefined) {
        next = this.transitions.length;
        this.transitions.push(new Map());
        this.failure.push(ROOT);
        this.patternAt.push(NO_PATTERN);
        this.outputLink.push(ROOT);
        edges.set(codePoint, next);
      }
      state = next;
    }
    if (this.patternAt[state] === NO_PATTERN) this.patternAt[state] = index;
  }

  /** Breadth-first, so a node's failure target is always finished before the node itself. */
  private linkFailures(): void {
    // Depth-1 nodes keep their default failure (root); the queue starts with them.
    const queue: number[] = [...(this.transitions[ROOT]?.values() ?? [])];
    for (let head = 0; head < queue.length; head += 1) {
      const parent = queue[head] ?? ROOT;
      for (const [codePoint, child] of this.transitions[parent] ?? []) {
        const target = this.step(this.failure[parent] ?? ROOT, codePoint);
        this.failure[child] = target;
        this.outputLink[child] = this.patternAt[target] !== NO_PATTERN ? target : this.outputLink[target] ?? ROOT;
        queue.push(child);
      }
    }
  }
}
