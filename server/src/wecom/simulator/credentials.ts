import { randomBytes } from 'node:crypto';
import { SIM_ERRCODE, wecomFail } from './simulated-error.js';

/** OAuth codes are single use and expire after 5 minutes (WECOM.md §4.1). */
const OAUTH_CODE_TTL_MS = 5 * 60_000;

export type TicketKind = 'corp' | 'agent';

/** Access tokens, JS tickets and OAuth codes, with WeCom's expiry rules. */
export class CredentialAuthority {
  private readonly tokens = new Map<string, number>();
  private readonly oauthCodes = new Map<string, { userid: string; expiresAt: number }>();

  constructor(
    private readonly corpId: string,
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {}

  issueAccessToken(corpId: string | null, secret: string | null): { access_token: string; expires_in: number } {
    if (corpId !== this.corpId) wecomFail(SIM_ERRCODE.INVALID_CORP_ID, 'invalid corpid');
    if (secret !== this.secret) wecomFail(SIM_ERRCODE.INVALID_SECRET, 'invalid credential');
    const token = randomBytes(48).toString('base64url');
    this.tokens.set(token, this.now() + this.ttlSeconds * 1000);
    return { access_token: token, expires_in: this.ttlSeconds };
  }

  assertAccessToken(token: string | null): void {
    if (!token) wecomFail(SIM_ERRCODE.MISSING_ACCESS_TOKEN, 'access_token missing');
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) wecomFail(SIM_ERRCODE.INVALID_ACCESS_TOKEN, 'invalid access_token');
    if (expiresAt <= this.now()) wecomFail(SIM_ERRCODE.ACCESS_TOKEN_EXPIRED, 'access_token expired');
  }

  /** Every issued token answers 42001 from now on, as after WeCom's early invalidation. */
  expireAll(): void {
    const now = this.now();
    for (const token of this.tokens.keys()) this.tokens.set(token, now);
  }

  issueTicket(kind: TicketKind): { ticket: string; expires_in: number } {
    return { ticket: `${kind}-${randomBytes(24).toString('base64url')}`, expires_in: this.ttlSeconds };
  }

  mintOAuthCode(userid: string): string {
    const code = randomBytes(24).toString('hex');
    this.oauthCodes.set(code, { userid, expiresAt: this.now() + OAUTH_CODE_TTL_MS });
    return code;
  }

  redeemOAuthCode(code: string | null): string {
    const entry = code ? this.oauthCodes.get(code) : undefined;
    if (code) this.oauthCodes.delete(code);
    if (!entry || entry.expiresAt <= this.now()) wecomFail(SIM_ERRCODE.INVALID_OAUTH_CODE, 'invalid code');
    return entry.userid;
  }
}
