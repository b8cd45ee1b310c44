/** JSON text known to have the shape T (the OpenAPI contract still names T as the response). */
export type RawJson<T> = string & { readonly __shape?: T };

/**
 * A JSON object assembled from members that are already JSON text, so a stored document (e.g. a portrait view) is
 * sent as stored instead of being parsed and serialised again. Keys are this code's own; values must be valid JSON.
 */
export function rawJsonObject<T>(members: { [K in keyof T]: string }): RawJson<T> {
  const parts: string[] = [];
  for (const key of Object.keys(members) as (keyof T & string)[]) parts.push(`${JSON.stringify(key)}:${members[key]}`);
  return `{${parts.join(',')}}` as RawJson<T>;
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
