import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Session } from '../../modules/auth/session.entity.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { epochMs, num } from '../../database/sql-values.js';
import { LoadingCache } from '../cache/ttl-cache.js';
import { CLOCK, type Clock } from '../clock.js';
import type { Actor } from './actor.js';

const RECENT_SESSION_TTL_MS = 5_000;
const RESOLVE_SQL =
  'SELECT s.expires_at, st.id AS staff_id, st.role, st.name, st.department_id, st.wecom_userid, st.status ' +
  'FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE s.token_hash = ?';

interface ResolvedRow {
  expires_at: unknown;
  staff_id: number | string;
  role: Actor['role'];
  name: string;
  department_id: number | string | null;
  wecom_userid: string | null;
  status: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Opaque session tokens stored hashed in the database, so any instance behind the balancer can check them. */
@Injectable()
export class SessionService {
  /**
   * Every API request authenticates, nearly always with a token seen moments ago. A logout here takes effect at once;
   * on the other instances behind the balancer (and for a disabled account) within RECENT_SESSION_TTL_MS.
   */
  private readonly recent = new LoadingCache<string, ResolvedRow | null>(RECENT_SESSION_TTL_MS, 20_000);

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(staffId: number, channel: Session['channel']): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlSeconds * 1000);
    await this.sessions.insert({ tokenHash: hashToken(token), staffId, channel, expiresAt });
    return { token, expiresAt };
  }

  /** Every authenticated request comes through here: one fixed, parameterised statement (session joined with staff). */
  async resolve(token: string): Promise<{ actor: Actor; expiresAt: Date } | null> {
    if (token.length > 128) return null;
    const tokenHash = hashToken(token);
    const row = await this.recent.get(tokenHash, async () => (await preparedQuery<ResolvedRow>(this.sessions.manager, RESOLVE_SQL, [tokenHash]))[0] ?? null);
    if (!row) return null;
    const expiresAt = epochMs(row.expires_at);
    if (!(expiresAt > this.clock.now().getTime()) || row.status !== 'active') return null;
    const actor: Actor = {
      staffId: num(row.staff_id),
      role: row.role,
      name: row.name,
      departmentId: row.department_id === null ? null : num(row.department_id),
      wecomUserId: row.wecom_userid,
    };
    return { actor, expiresAt: new Date(expiresAt) };
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
    this.recent.delete(hashToken(token));
  }

  async revokeAllFor(staffId: number): Promise<void> {
    await this.sessions.delete({ staffId });
    this.recent.clear();
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    return result.affected ?? 0;
  }
}
