const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2025-06-01 14:30` in the viewer's local time; the raw text when it is not a valid instant. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

const countFormat = new Intl.NumberFormat('zh-CN');

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** `2025-06-01` in the viewer's local time. */
export function formatDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}

/** `42%` from a 0–1 share; "—" when there is no denominator. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}
