import { shanghaiMidnight, shanghaiParts } from '../../compliance/rules/shanghai-time.js';

/**
 * Analytics counts whole business days in Asia/Shanghai (the brokerage's calendar), named by their
 * local date 'YYYY-MM-DD'. Keys sort as text, so the rollup table can range-scan them on both engines.
 */
export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

export function dayKeyOf(at: Date): DayKey {
  const { year, month, day } = shanghaiParts(at);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The instant the local day begins; throws on a malformed or impossible date ('2026-02-30'). */
export function dayStart(day: DayKey): Date {
  const match = DAY_KEY.exec(day);
  if (!match) throw new Error(`Invalid day "${day}", expected YYYY-MM-DD`);
  const start = shanghaiMidnight(Number(match[1]), Number(match[2]), Number(match[3]));
  if (dayKeyOf(start) !== day) throw new Error(`Invalid day "${day}"`);
  return start;
}

export function isDayKey(value: string): boolean {
  try {
    dayStart(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(day: DayKey, days: number): DayKey {
  const match = DAY_KEY.exec(day);
  if (!match) throw new Error(`Invalid day "${day}"`);
  return dayKeyOf(shanghaiMidnight(Number(match[1]), Number(match[2]), Number(match[3]) + days));
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Weeks start on Monday (Chinese calendars, WeCom's weekly quota). */
export function mondayOf(day: DayKey): DayKey {
  const { isoWeekday } = shanghaiParts(dayStart(day));
  return addDays(day, 1 - isoWeekday);
}

/** A half-open instant window [start, end). */
export interface TimeWindow {
  start: Date;
  end: Date;
}

export function windowOfDays(from: DayKey, to: DayKey): TimeWindow {
  return { start: dayStart(from), end: dayStart(addDays(to, 1)) };
}

/** 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai, for exports people read in Excel. */
export function shanghaiTimestamp(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
