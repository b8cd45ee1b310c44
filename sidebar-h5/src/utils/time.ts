/* Dates as advisors read them, in their local time (the server sends ISO 8601 in UTC). */

const pad = (value: number) => String(value).padStart(2, '0');

/** yyyy-MM-dd HH:mm in the advisor's local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 刚刚 / 5分钟前 / 3小时前 / 昨天 14:20 / 11-02 09:15 — how chat apps date a feed. */
export function formatRelative(iso: string, now: Date): string {
  const date = new Date(iso);
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes}分钟前`;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (date.getTime() >= startOfToday) return `${Math.floor(minutes / 60)}小时前`;
  if (date.getTime() >= startOfToday - 86_400_000) return `昨天 ${time}`;
  if (date.getFullYear() === now.getFullYear()) return `${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
