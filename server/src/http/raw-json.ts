/** JSON known to have the shape T, as UTF-8 bytes (the OpenAPI contract still names T as the response). */
export type RawJson<T> = Buffer & { readonly __shape?: T };

/**
 * A JSON object assembled from members that are already JSON, as text or as UTF-8 bytes, so a stored document (e.g. a
 * portrait view) is sent as stored instead of being parsed and serialised again, or even decoded to text and encoded
 * back. Keys are this code's own; values must be valid JSON.
 */
export function rawJsonObject<T>(members: { [K in keyof T]: string | Uint8Array }): RawJson<T> {
  const chunks: Uint8Array[] = [];
  let text = '{';
  (Object.keys(members) as (keyof T & string)[]).forEach((key, i) => {
    text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:`;
    const value = members[key];
    if (typeof value === 'string') {
      text += value;
    } else {
      chunks.push(Buffer.from(text, 'utf8'), value);
      text = '';
    }
  });
  chunks.push(Buffer.from(`${text}}`, 'utf8'));
  return Buffer.concat(chunks) as RawJson<T>;
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
