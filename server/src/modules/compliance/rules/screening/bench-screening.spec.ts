import { benchScreening, buildBenchLexicon, buildBenchText } from './bench-screening.js';

describe('benchScreening', () => {
  it('should build a 5,000-entry lexicon and a 2,000-character text by default', () => {
    expect(buildBenchLexicon(5000)).toHaveLength(5000);
    expect(buildBenchText(2000)).toHaveLength(2000);
  });

  it('should report a per-screen figure and find the planted violations', () => {
    const result = benchScreening({ iterations: 5 });
    expect(result.lexiconSize).toBe(5000);
    expect(result.textLength).toBe(2000);
    expect(result.microsecondsPerScreen).toBeGreaterThan(0);
    expect(result.hitsPerScreen).toBeGreaterThan(10);
  });
});
