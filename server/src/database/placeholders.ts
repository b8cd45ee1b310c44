/** `?, ?, …`: `count` placeholders, for an `IN (…)` list or a row of values in a raw statement. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
