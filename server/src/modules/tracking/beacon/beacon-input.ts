/**
 * Parses a landing-page beacon. Beacons arrive as text/plain (navigator.sendBeacon with a string body,
 * which needs no CORS preflight anywhere) or application/json; anything else, unknown fields or values
 * out of range are rejected so garbage never reaches the database.
 */
export const BEACON_TYPES = ['open', 'heartbeat', 'scroll', 'click', 'share'] as const;
export type BeaconType = (typeof BEACON_TYPES)[number];

export interface BeaconInput {
  viewerId: string;
  sessionId: string;
  type: BeaconType;
  scrollDepth: number;
  visibleMs: number;
  productCode?: string;
}

export type BeaconParse = { ok: true; beacon: BeaconInput } | { ok: false; errors: string[] };

export const VIEWER_ID_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;
const SESSION_ID_PATTERN = /^[A-Za-z0-9]{4,24}$/;
const PRODUCT_CODE_PATTERN = /^[A-Za-z0-9.]{1,16}$/;
const KNOWN_FIELDS = new Set(['viewerId', 'sessionId', 'type', 'scrollDepth', 'visibleMs', 'productCode']);
/** Beacons from a page that slept longer than this are not plausible; the service caps each beat lower. */
const MAX_REPORTED_VISIBLE_MS = 10 * 60_000;
/** Without a session id (an older page), all of a viewer's reading falls into one rolling session. */
export const DEFAULT_SESSION_ID = 'default';

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export function parseBeacon(raw: unknown): BeaconParse {
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return { ok: false, errors: ['请求体不是合法的 JSON'] };
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, errors: ['请求体必须是 JSON 对象'] };
  const fields = body as Record<string, unknown>;
  const errors = Object.keys(fields).filter((key) => !KNOWN_FIELDS.has(key)).map((key) => `不支持的字段 ${key}`);
  const { viewerId, sessionId, type, scrollDepth = 0, visibleMs = 0, productCode } = fields;
  if (typeof viewerId !== 'string' || !VIEWER_ID_PATTERN.test(viewerId)) errors.push('viewerId 格式不正确');
  if (sessionId !== undefined && (typeof sessionId !== 'string' || !SESSION_ID_PATTERN.test(sessionId))) errors.push('sessionId 格式不正确');
  if (typeof type !== 'string' || !(BEACON_TYPES as readonly string[]).includes(type)) errors.push(`type 必须是 ${BEACON_TYPES.join('/')}`);
  if (!isInt(scrollDepth, 0, 100)) errors.push('scrollDepth 必须是 0–100 的整数');
  if (!isInt(visibleMs, 0, MAX_REPORTED_VISIBLE_MS)) errors.push(`visibleMs 必须是 0–${MAX_REPORTED_VISIBLE_MS} 的整数`);
  if (productCode !== undefined && (typeof productCode !== 'string' || !PRODUCT_CODE_PATTERN.test(productCode))) errors.push('productCode 格式不正确');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    beacon: {
      viewerId: viewerId as string,
      sessionId: (sessionId as string | undefined) ?? DEFAULT_SESSION_ID,
      type: type as BeaconType,
      scrollDepth: scrollDepth as number,
      visibleMs: visibleMs as number,
      ...(typeof productCode === 'string' ? { productCode } : {}),
    },
  };
}
