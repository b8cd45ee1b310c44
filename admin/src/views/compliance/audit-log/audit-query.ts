import type { AuditFilter } from '@/api/audit.types';

/** The filter form: free text plus a day range picked in the calendar. */
export interface AuditFilterForm {
  action: string;
  targetType: string;
  targetId: string;
  /** `[from, to]` as `YYYY-MM-DD`, both days included; null when no range is chosen. */
  days: [string, string] | null;
}

export function emptyAuditForm(): AuditFilterForm {
  return { action: '', targetType: '', targetId: '', days: null };
}

const DAY_MS = 86_400_000;

/** Midnight in Beijing time: audit days are read the way compliance officers live them (DESIGN: Asia/Shanghai). */
function shanghaiMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * The server's audit filter: trimmed text (empty means "any"), and the day range as instants — `from` at the first
 * day's midnight, `to` at the midnight after the last day, since the server's `to` is exclusive.
 */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const text = (value: string) => value.trim() || undefined;
  const filter: AuditFilter = { action: text(form.action), targetType: text(form.targetType), targetId: text(form.targetId) };
  if (form.days) {
    filter.from = shanghaiMidnight(form.days[0]).toISOString();
    filter.to = new Date(shanghaiMidnight(form.days[1]).getTime() + DAY_MS).toISOString();
  }
  return filter;
}

/** A client number typed into the 审计链 box, or null when it is not a positive whole number. */
export function parseClientId(input: string): number | null {
  const trimmed = input.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const id = Number(trimmed);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Details as one compact line for the table; the full JSON is in the row's tooltip and in the CSV export. */
export function detailsLine(details: Record<string, unknown> | null, max = 80): string {
  if (!details || Object.keys(details).length === 0) return '';
  const text = JSON.stringify(details);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
