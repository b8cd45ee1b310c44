import { AppError } from '../../common/errors/app-error.js';
import { batchItems, canonicalJson, MAX_BATCH, parseTrack } from './sensors-track.js';

const NOW = Date.UTC(2026, 10, 20, 2);
const track = (overrides: Record<string, unknown> = {}) => ({ type: 'track', event: 'login', distinct_id: 'C1', time: NOW - 1000, properties: {}, ...overrides });
const eventOf = (item: unknown) => {
  const parsed = parseTrack(item, NOW);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.event;
};
const messageOf = (item: unknown) => {
  const parsed = parseTrack(item, NOW);
  return parsed.ok ? null : parsed.message;
};

describe('batchItems', () => {
  it('should accept one record or an array of up to 500', () => {
    expect(batchItems(track())).toHaveLength(1);
    expect(batchItems(Array.from({ length: MAX_BATCH }, () => track()))).toHaveLength(MAX_BATCH);
  });

  it('should refuse scalars and oversize batches with stable codes', () => {
    expect(() => batchItems('x')).toThrow(AppError);
    expect(() => batchItems(null)).toThrow(expect.objectContaining({ code: 'MALFORMED_REQUEST' }));
    expect(() => batchItems(Array.from({ length: MAX_BATCH + 1 }, () => track()))).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('parseTrack', () => {
  it('should take $event_id as the event id', () => {
    expect(eventOf(track({ properties: { $event_id: 'evt-1' } })).eventId).toBe('evt-1');
  });

  it('should qualify _track_id with the distinct id and time, since it is only random per event', () => {
    const a = eventOf(track({ _track_id: 42 }));
    const b = eventOf(track({ _track_id: 42, distinct_id: 'C2' }));
    expect(a.eventId).toMatch(/^[0-9a-f]{64}$/);
    expect(a.eventId).not.toBe(b.eventId);
    expect(eventOf(track({ _track_id: 42 })).eventId).toBe(a.eventId);
  });

  it('should hash the canonical payload otherwise, independent of key order', () => {
    const a = eventOf({ type: 'track', event: 'quote_view', distinct_id: 'C1', time: NOW, properties: { code: '600519', x: 1 } });
    const b = eventOf({ properties: { x: 1, code: '600519' }, time: NOW, distinct_id: 'C1', event: 'quote_view', type: 'track' });
    const c = eventOf({ type: 'track', event: 'quote_view', distinct_id: 'C1', time: NOW, properties: { code: '000001', x: 1 } });
    expect(a.eventId).toBe(b.eventId);
    expect(a.eventId).not.toBe(c.eventId);
  });

  it('should map 神策 page-view presets to page_view and keep other names', () => {
    expect(eventOf(track({ event: '$pageview' })).name).toBe('page_view');
    expect(eventOf(track({ event: '$AppViewScreen' })).name).toBe('page_view');
    expect(eventOf(track({ event: 'custom_click' })).name).toBe('custom_click');
  });

  it('should accept a numeric distinct_id and a missing properties object', () => {
    const { distinctId, properties } = eventOf({ type: 'track', event: 'login', distinct_id: 310000123456, time: NOW });
    expect(distinctId).toBe('310000123456');
    expect(properties).toEqual({});
  });

  it.each([
    [{ type: 'profile_set' }, 'type'],
    [{ event: '1bad' }, 'event'],
    [{ event: 'x'.repeat(49) }, 'event'],
    [{ distinct_id: ' ' }, 'distinct_id'],
    [{ distinct_id: 'x'.repeat(65) }, 'distinct_id'],
    [{ time: '2026-11-20' }, 'time'],
    [{ time: 1.5 }, 'time'],
    [{ time: NOW + 2 * 86_400_000 }, 'time'],
    [{ time: Date.UTC(1999, 0, 1) }, 'time'],
    [{ properties: [] }, 'properties'],
    [{ properties: { blob: 'x'.repeat(9000) } }, 'properties'],
  ])('should reject %j with a Chinese message naming %s', (overrides, field) => {
    const message = messageOf(track(overrides));
    expect(message).toContain(field);
    expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('canonicalJson', () => {
  it('should sort keys at every level and drop undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
