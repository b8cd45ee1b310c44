import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { VIEWER_ID_PATTERN } from '../beacon/beacon-input.js';

/**
 * A random viewer id per browser (no PII), set on the landing page and read by its script, which sends
 * it with each beacon: the first viewer id seen on a token is the client, others are forwards. Readable
 * by the page script (not httpOnly) on purpose; scoped to /t so no other page sees it.
 */
export const VIEWER_COOKIE = 'vl_vid';
const TWO_YEARS_MS = 2 * 365 * 86_400_000;

export function existingViewerId(req: Request): string | null {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[VIEWER_COOKIE];
  return typeof value === 'string' && VIEWER_ID_PATTERN.test(value) ? value : null;
}

export function ensureViewerCookie(req: Request, res: Response): void {
  if (existingViewerId(req)) return;
  res.cookie(VIEWER_COOKIE, randomBytes(16).toString('base64url'), {
    path: '/t',
    maxAge: TWO_YEARS_MS,
    sameSite: 'lax',
    httpOnly: false,
    secure: req.secure,
  });
}
