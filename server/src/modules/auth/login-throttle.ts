/** Lockout policy: 5 consecutive failures lock the account for 15 minutes (OWASP authentication guidance). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const failures = failedLogins + 1;
  return failures >= MAX_FAILED_LOGINS
    ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
    : { failedLogins: failures, lockedUntil: null };
}
