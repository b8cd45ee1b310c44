import { rawJsonObject } from './raw-json.js';

describe('rawJsonObject', () => {
  it('should join members given as JSON text into one JSON object', () => {
    const out = rawJsonObject<{ a: number; b: string[] }>({ a: '1', b: '["x","客户"]' });
    expect(JSON.parse(out.toString('utf8'))).toEqual({ a: 1, b: ['x', '客户'] });
  });

  it('should splice members given as UTF-8 bytes in as they are, wherever they stand', () => {
    const view = Buffer.from(JSON.stringify({ summaryZh: '稳健守护型', n: [1, 2] }), 'utf8');
    const first = rawJsonObject<{ portrait: object; tags: object }>({ portrait: view, tags: '[]' });
    const middle = rawJsonObject<{ client: object; portrait: object; tags: object }>({ client: '{"id":7}', portrait: view, tags: '[]' });
    const last = rawJsonObject<{ client: object; portrait: object }>({ client: '{"id":7}', portrait: new Uint8Array(view) });
    expect(JSON.parse(first.toString('utf8'))).toEqual({ portrait: { summaryZh: '稳健守护型', n: [1, 2] }, tags: [] });
    expect(JSON.parse(middle.toString('utf8'))).toEqual({ client: { id: 7 }, portrait: { summaryZh: '稳健守护型', n: [1, 2] }, tags: [] });
    expect(JSON.parse(last.toString('utf8'))).toEqual({ client: { id: 7 }, portrait: { summaryZh: '稳健守护型', n: [1, 2] } });
  });

  it('should give an empty object for no members', () => {
    expect(rawJsonObject<object>({}).toString('utf8')).toBe('{}');
  });
});
