import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** JSON text (portraits stored before views) starts with '{'. */
const JSON_TEXT_START = 0x7b;
/** The first byte of a stored view: what follows is its JSON, Brotli-compressed. */
const BROTLI_VIEW = 0x01;

/**
 * The stored form of a portrait: the JSON of its sidebar view (view/portrait-view.ts), Brotli-compressed at quality 0
 * behind a format byte. The view is ~9.5 KB of JSON whose keys and labels repeat; compressed it is ~4 KB, so a
 * client_portraits row stays inside its InnoDB page instead of spilling into overflow pages, and a full recompute
 * writes less than half the bytes (the write was the larger half of the job on MySQL). Quality 0 compresses in about
 * half the time zlib's fastest level takes (≈ 55 µs against ≈ 110 µs here, paid in the compute workers) and reads
 * back in ≈ 35 µs.
 */
export function encodePortrait(json: string): Buffer {
  const compressed = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } });
  return Buffer.concat([Buffer.of(BROTLI_VIEW), compressed]);
}

/**
 * A stored portrait, read back: its sidebar view's JSON as UTF-8 bytes (sent as they are, never decoded to text), or
 * JSON text stored before portraits were stored as their view (the engine's whole output, engine/compute-portrait.ts,
 * until the next recompute replaces it).
 */
export type DecodedPortrait = { legacy: false; view: Buffer } | { legacy: true; json: string };

/** The JSON in the stored column: a compressed view, or earlier JSON text (a string, or the bytes of one). */
export function decodePortrait(stored: unknown): DecodedPortrait {
  if (typeof stored === 'string') return { json: stored, legacy: true };
  if (!(stored instanceof Uint8Array)) throw new TypeError('stored portrait is neither text nor bytes');
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes[0] === JSON_TEXT_START) return { json: bytes.toString('utf8'), legacy: true };
  if (bytes[0] === BROTLI_VIEW) return { view: brotliDecompressSync(bytes.subarray(1)), legacy: false };
  throw new TypeError(`stored portrait has an unknown format (first byte ${bytes[0]})`);
}

/** The JSON text of a read-back portrait, whichever form it was stored in. */
export function portraitJson(decoded: DecodedPortrait): string {
  return decoded.legacy ? decoded.json : decoded.view.toString('utf8');
}
