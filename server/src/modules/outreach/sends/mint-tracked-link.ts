import { randomBytes } from 'node:crypto';

/** 128 random bits as base64url (22 characters): unguessable, URL-safe, no PII. */
export function mintTrackedLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

export function trackedLinkUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/t/${token}`;
}
