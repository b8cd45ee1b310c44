/**
 * Calendar arithmetic in Asia/Shanghai. China Standard Time is UTC+8 with no daylight saving since 1991,
 * so a fixed offset is exact and avoids depending on the host's time-zone database.
 */

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

export interface ShanghaiParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

export function shanghaiParts(date: Date): ShanghaiParts {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
    isoWeekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
  };
}

/** The instant of local midnight on the given local date; out-of-range days and months roll over. */
export function shanghaiMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

export function startOfShanghaiDay(date: Date): Date {
  const { year, month, day } = shanghaiParts(date);
  return shanghaiMidnight(year, month, day);
}

/** Weeks start on Monday, as on Chinese calendars and in WeCom's "每周" quota. */
export function startOfShanghaiWeek(date: Date): Date {
  const { year, month, day, isoWeekday } = shanghaiParts(date);
  return shanghaiMidnight(year, month, day - (isoWeekday - 1));
}

export function startOfShanghaiMonth(date: Date): Date {
  const { year, month } = shanghaiParts(date);
  return shanghaiMidnight(year, month, 1);
}

export function startOfNextShanghaiMonth(date: Date): Date {
  const { year, month } = shanghaiParts(date);
  return shanghaiMidnight(year, month + 1, 1);
}

export function daysInShanghaiMonth(date: Date): number {
  const { year, month } = shanghaiParts(date);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "22:00" → 1320. */
export function parseClockTime(value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new Error(`Invalid clock time "${value}", expected HH:mm`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatShanghaiDate(date: Date): string {
  const { year, month, day } = shanghaiParts(date);
  return `${year}年${month}月${day}日`;
}

export function formatShanghaiDateTime(date: Date): string {
  const { minuteOfDay } = shanghaiParts(date);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${formatShanghaiDate(date)} ${hh}:${mm}`;
}
