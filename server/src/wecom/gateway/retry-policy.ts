/** WeCom errcodes the gateway handles itself (shared WECOM.md §4.10). */
export const WECOM_ERRCODE = {
  SYSTEM_BUSY: -1,
  INVALID_ACCESS_TOKEN: 40014,
  ACCESS_TOKEN_EXPIRED: 42001,
  FREQUENCY_LIMITED: 45009,
  CONCURRENCY_LIMITED: 45033,
  NO_EXTERNAL_CONTACT: 84061,
} as const;

/** The token was revoked or expired early: drop it, fetch a new one, retry once. */
export function isStaleTokenError(errcode: number): boolean {
  return errcode === WECOM_ERRCODE.INVALID_ACCESS_TOKEN || errcode === WECOM_ERRCODE.ACCESS_TOKEN_EXPIRED;
}

/** Busy or rate limited: worth waiting and trying again ("-1 系统繁忙 retry ≤ 3 times"). */
export function isBusyError(errcode: number): boolean {
  return (
    errcode === WECOM_ERRCODE.SYSTEM_BUSY ||
    errcode === WECOM_ERRCODE.FREQUENCY_LIMITED ||
    errcode === WECOM_ERRCODE.CONCURRENCY_LIMITED
  );
}

/** At most 4 tries in all: the first call plus 3 retries. */
export const MAX_BUSY_RETRIES = 3;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Exponential back-off with "equal jitter" (delay drawn from [base·2^n / 2, base·2^n]) so many workers hitting
 * the same per-corp limit do not retry in lockstep.
 */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
