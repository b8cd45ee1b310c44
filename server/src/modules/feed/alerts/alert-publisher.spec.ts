import { cardDescription, truncateBytes } from './alert-publisher.js';

describe('WeCom textcard text', () => {
  it('should cut at a character boundary within the byte budget', () => {
    const cut = truncateBytes('王女士阅读白酒行业深度', 16);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(16);
    expect(cut).toBe('王女士阅…');
  });

  it('should keep the description within 512 bytes with every tag closed', () => {
    const description = cardDescription('2026-11-20 10:00', '证据'.repeat(200), '建议'.repeat(300));
    expect(Buffer.byteLength(description)).toBeLessThanOrEqual(512);
    expect(description.match(/<div/g)).toHaveLength(3);
    expect(description.match(/<\/div>/g)).toHaveLength(3);
  });
});
