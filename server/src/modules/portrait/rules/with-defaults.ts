import type { RuleSet } from '../engine/rules.js';

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(stored: Json, defaults: Json): Json {
  const out: Json = { ...stored };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = stored[key];
    if (value === undefined) out[key] = fallback;
    else if (isPlainObject(value) && isPlainObject(fallback)) out[key] = merge(value, fallback);
  }
  return out;
}

/**
 * A stored rule set with the parameters added after it was saved filled in from `defaults` (at any depth); stored
 * values always win. Rule sets are versioned data, so a release that adds a parameter must not break the sets HQ
 * saved before it.
 */
export function withDefaults(stored: unknown, defaults: RuleSet): RuleSet {
  return merge(isPlainObject(stored) ? stored : {}, defaults as unknown as Json) as unknown as RuleSet;
}
