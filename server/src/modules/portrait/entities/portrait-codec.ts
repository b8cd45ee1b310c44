import { deflateSync, inflateSync } from 'node:zlib';

/** zlib streams start with 0x78 (deflate, 32 KB window); JSON text starts with '{'. */
const JSON_TEXT_START = 0x7b;

/**
 * The stored form of a full portrait: its JSON, zlib-compressed at level 1. A portrait is ~11 KB of JSON whose keys
 * and labels repeat; compressed it is ~4 KB, so a client_portraits row stays inside its InnoDB page instead of
 * spilling into overflow pages, and a full recompute writes a third of the bytes (it was the larger half of the
 * job on MySQL). Level 1 costs ~0.1 ms per portrait, paid in the compute workers.
 */
export function encodePortrait(json: string): Buffer {
  return deflateSync(json, { level: 1 });
}

/**
 * The portrait's JSON text from the stored column: compressed bytes, or JSON text written before compression
 * (a string, or bytes starting with '{' once the column became binary).
 */
export function decodePortrait(stored: unknown): string {
  if (typeof stored === 'string') return stored;
  if (!(stored instanceof Uint8Array)) throw new TypeError('stored portrait is neither text nor bytes');
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return bytes[0] === JSON_TEXT_START ? bytes.toString('utf8') : inflateSync(bytes).toString('utf8');
}
