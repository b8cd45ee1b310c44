import { decodeCursor, encodeCursor } from './feed-cursor.js';

describe('feed cursor', () => {
  it('should round-trip time and id and refuse anything else', () => {
    const at = new Date('2026-11-20T02:00:00.123Z');
    expect(decodeCursor(encodeCursor(at, 42))).toEqual({ at, id: 42 });
    expect(decodeCursor('2026-11-20')).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
