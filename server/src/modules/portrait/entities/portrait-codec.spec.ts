import { decodePortrait, encodePortrait, portraitJson } from './portrait-codec.js';

describe('portrait codec', () => {
  const json = JSON.stringify({ summaryZh: '稳健守护型，宜用安全边际叙事', values: { weights: { security: 0.9, growth: 0.1 } }, evidence: Array.from({ length: 50 }, (_, i) => ({ labelZh: `证据${i}`, refs: [] })) });

  it('should store a portrait compressed and read back the same JSON', () => {
    const stored = encodePortrait(json);
    expect(stored.length).toBeLessThan(Buffer.byteLength(json) / 3);
    const decoded = decodePortrait(stored);
    expect(decoded).toEqual({ view: Buffer.from(json, 'utf8'), legacy: false });
    expect(portraitJson(decoded)).toBe(json);
  });

  it('should read bytes handed across threads as a plain Uint8Array', () => {
    const stored = encodePortrait(json);
    expect(portraitJson(decodePortrait(new Uint8Array(stored)))).toBe(json);
  });

  it('should read portraits stored as JSON text before compression, as text or as bytes, and say so', () => {
    expect(decodePortrait(json)).toEqual({ json, legacy: true });
    expect(decodePortrait(Buffer.from(json, 'utf8'))).toEqual({ json, legacy: true });
    expect(portraitJson(decodePortrait(json))).toBe(json);
  });

  it('should refuse a value that is neither text nor bytes, or bytes of an unknown format', () => {
    expect(() => decodePortrait(null)).toThrow(TypeError);
    expect(() => decodePortrait(42)).toThrow(TypeError);
    expect(() => decodePortrait(Buffer.from([0x78, 0x01, 0x02]))).toThrow(/unknown format/);
  });
});
