import { createHash } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import type { StoredEventProperties } from './behaviour-event.entity.js';

/** Largest batch one request may carry (神策 forwarders send ≤ 50–500 per request). */
export const MAX_BATCH = 500;
/** Serialized properties above this are refused: the column is TEXT (64 KB on MySQL, ≤ 4 bytes a character). */
export const MAX_PROPERTIES_BYTES = 8 * 1024;
const MAX_ID_LENGTH = 64;
const EVENT_NAME = /^[A-Za-z$_][A-Za-z0-9_$]{0,47}$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const MAX_FUTURE_MS = 24 * 3600 * 1000;

/** 神策 preset page-view events carry the same meaning as the engine's `page_view`. */
const NAME_ALIASES: Record<string, string> = { $pageview: 'page_view', $AppViewScreen: 'page_view', $MPViewScreen: 'page_view' };

/** A validated `track` event, before its distinct id is mapped to a client. */
export interface TrackEvent {
  eventId: string;
  distinctId: string;
  name: string;
  time: Date;
  properties: StoredEventProperties;
}

export type ParsedTrack = { ok: true; event: TrackEvent } | { ok: false; message: string };

/** One object or an array of them; anything else is not a batch at all (400, nothing stored). */
export function batchItems(body: unknown): unknown[] {
  if (Array.isArray(body)) {
    if (body.length > MAX_BATCH) {
      throw new AppError('VALIDATION_FAILED', `单次最多提交 ${MAX_BATCH} 条事件`, { max: MAX_BATCH, received: body.length });
    }
    return body;
  }
  if (isRecord(body)) return [body];
  throw new AppError('MALFORMED_REQUEST', '请求体必须是事件对象或事件数组');
}

/**
 * Validates one 神策 (Sensors Analytics) `track` record: `{ type: 'track', event, distinct_id, time, properties }`
 * (https://manual.sensorsdata.cn/sa/latest/tech_knowledge_datamodel-7538960.html). Unknown event names are kept:
 * the engine ignores names it does not read, and a later rule version may read them.
 */
export function parseTrack(item: unknown, nowMs: number): ParsedTrack {
  if (!isRecord(item)) return fail('事件必须是 JSON 对象');
  if (item.type !== 'track') return fail('仅接受 type 为 track 的事件');
  const event = item.event;
  if (typeof event !== 'string' || !EVENT_NAME.test(event)) return fail('event 必须是 1–48 位字母、数字、下划线或 $');
  const rawDistinct = item.distinct_id;
  const distinctId = typeof rawDistinct === 'number' && Number.isFinite(rawDistinct) ? String(rawDistinct) : rawDistinct;
  if (typeof distinctId !== 'string' || distinctId.trim() === '') return fail('distinct_id 不能为空');
  if (distinctId.length > MAX_ID_LENGTH) return fail(`distinct_id 不能超过 ${MAX_ID_LENGTH} 个字符`);
  const time = item.time;
  if (typeof time !== 'number' || !Number.isInteger(time)) return fail('time 必须是毫秒时间戳（整数）');
  if (time < EARLIEST || time > nowMs + MAX_FUTURE_MS) return fail('time 超出允许范围（2000 年至当前时间后 1 天）');
  const properties = item.properties ?? {};
  if (!isRecord(properties)) return fail('properties 必须是对象');
  const serialized = JSON.stringify(properties);
  if (Buffer.byteLength(serialized) > MAX_PROPERTIES_BYTES) return fail(`properties 超过 ${MAX_PROPERTIES_BYTES / 1024} KB`);
  return {
    ok: true,
    event: {
      eventId: eventIdOf(item, properties, distinctId.trim()),
      distinctId: distinctId.trim(),
      name: NAME_ALIASES[event] ?? event,
      time: new Date(time),
      properties: properties as StoredEventProperties,
    },
  };
}

/**
 * The idempotency key. `properties.$event_id` is the sender's own id. 神策's `_track_id` is a random
 * 32-bit-range number per event — unique enough for one user, not across millions of events — so it is
 * qualified with the distinct id and time. Without either, the canonical payload itself is the identity.
 */
export function eventIdOf(item: Record<string, unknown>, properties: Record<string, unknown>, distinctId: string): string {
  const own = properties.$event_id;
  if (typeof own === 'string' && own.trim() !== '') return own.length <= MAX_ID_LENGTH ? own : sha256(`event_id:${own}`);
  const trackId = item._track_id ?? properties._track_id;
  if (typeof trackId === 'number' || (typeof trackId === 'string' && trackId !== '')) {
    return sha256(`track_id:${distinctId}:${String(trackId)}:${String(item.time)}`);
  }
  return sha256(`payload:${canonicalJson({ type: item.type, event: item.event, distinct_id: distinctId, time: item.time, properties })}`);
}

/** JSON with object keys sorted at every level, so the same payload always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): ParsedTrack {
  return { ok: false, message };
}
