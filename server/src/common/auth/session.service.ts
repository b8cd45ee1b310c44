import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Session } from '../../modules/auth/session.entity.js';
import { Staff } from '../../modules/org/staff.entity.js';
import { CLOCK, type Clock } from '../clock.js';
import type { Actor } from './actor.js';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Opaque session tokens stored hashed in the database, so any instance behind the balancer can check them. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(staffId: number, channel: Session['channel']): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlSeconds * 1000);
    await this.sessions.insert({ tokenHash: hashToken(token), staffId, channel, expiresAt });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<{ actor: Actor; expiresAt: Date } | null> {
    if (token.length > 128) return null;
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session || session.expiresAt.getTime() <= this.clock.now().getTime()) return null;
    const staff = await this.staff.findOneBy({ id: session.staffId });
    if (!staff || staff.status !== 'active') return null;
    const actor: Actor = {
      staffId: staff.id,
      role: staff.role,
      name: staff.name,
      departmentId: staff.departmentId,
      wecomUserId: staff.wecomUserId,
    };
    return { actor, expiresAt: session.expiresAt };
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }

  async revokeAllFor(staffId: number): Promise<void> {
    await this.sessions.delete({ staffId });
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    return result.affected ?? 0;
  }
}
