import { parseBeacon } from './beacon-input.js';

const VIEWER = 'AbCdEfGhIjKlMnOpQrStUv';

describe('parseBeacon', () => {
  it('should accept a heartbeat sent as text/plain JSON', () => {
    const parsed = parseBeacon(JSON.stringify({ viewerId: VIEWER, sessionId: 'abc123', type: 'heartbeat', scrollDepth: 40, visibleMs: 15000 }));
    expect(parsed).toEqual({ ok: true, beacon: { viewerId: VIEWER, sessionId: 'abc123', type: 'heartbeat', scrollDepth: 40, visibleMs: 15000 } });
  });

  it('should default the session and the numbers', () => {
    const parsed = parseBeacon({ viewerId: VIEWER, type: 'click', productCode: '600519' });
    expect(parsed).toEqual({ ok: true, beacon: { viewerId: VIEWER, sessionId: 'default', type: 'click', scrollDepth: 0, visibleMs: 0, productCode: '600519' } });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', [1, 2]],
    ['null', null],
    ['a short viewer id', { viewerId: 'abc', type: 'heartbeat' }],
    ['an unknown type', { viewerId: VIEWER, type: 'purchase' }],
    ['a negative visible time', { viewerId: VIEWER, type: 'heartbeat', visibleMs: -5 }],
    ['an implausible visible time', { viewerId: VIEWER, type: 'heartbeat', visibleMs: 1e12 }],
    ['a fractional scroll depth', { viewerId: VIEWER, type: 'scroll', scrollDepth: 10.5 }],
    ['a scroll depth over 100', { viewerId: VIEWER, type: 'scroll', scrollDepth: 101 }],
    ['markup in the product code', { viewerId: VIEWER, type: 'click', productCode: '<b>' }],
    ['an unknown field', { viewerId: VIEWER, type: 'heartbeat', clientId: 7 }],
  ])('should reject %s', (_label, body) => {
    expect(parseBeacon(body).ok).toBe(false);
  });
});
