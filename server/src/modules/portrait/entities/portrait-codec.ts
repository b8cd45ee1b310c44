import { deflateSync, inflateSync } from 'node:zlib';

/** zlib streams start with 0x78 (deflate, 32 KB window); JSON text starts with '{'. */
const JSON_TEXT_START = 0x7b;

/**
 * The stored form of a portrait: the JSON of its sidebar view (view/portrait-view.ts), zlib-compressed at level 1.
 * The view is ~9 KB of JSON whose keys and labels repeat; compressed it is ~3.5 KB, so a client_portraits row stays
 * inside its InnoDB page instead of spilling into overflow pages, and a full recompute writes a third of the bytes
 * (the write was the larger half of the job on MySQL). Level 1 costs ~0.1 ms per portrait, paid in the workers.
 */
export function encodePortrait(json: string): Buffer {
  return deflateSync(json, { level: 1 });
}

export interface DecodedPortrait {
  json: string;
  /**
   * Stored uncompressed, before portraits were stored as their view: the JSON is then the engine's whole output
   * (engine/compute-portrait.ts), until the next recompute replaces it.
   */
  legacy: boolean;
}

/** The JSON text in the stored column: compressed view bytes, or earlier JSON text (a string, or bytes of one). */
export function decodePortrait(stored: unknown): DecodedPortrait {
  if (typeof stored === 'string') return { json: stored, legacy: true };
  if (!(stored instanceof Uint8Array)) throw new TypeError('stored portrait is neither text nor bytes');
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes[0] === JSON_TEXT_START) return { json: bytes.toString('utf8'), legacy: true };
  return { json: inflateSync(bytes).toString('utf8'), legacy: false };
}
