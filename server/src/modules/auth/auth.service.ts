import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { verifyPassword } from '../../common/auth/password.js';
import { SessionService } from '../../common/auth/session.service.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../wecom/gateway/wecom-gateway.types.js';
import { Staff } from '../org/staff.entity.js';
import type { MeDto } from './dto/auth.dto.js';
import { afterFailure, isLocked } from './login-throttle.js';

// A fixed scrypt hash verified when the username is unknown, so timing does not reveal which names exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  me: MeDto;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
  ) {}

  async loginWithPassword(username: string, password: string, requestId?: string): Promise<IssuedSession> {
    const now = this.clock.now();
    const staff = await this.staff.findOneBy({ username });
    if (!staff || !staff.passwordHash || staff.status !== 'active') {
      await verifyPassword(password, DUMMY_HASH);
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (isLocked(staff.lockedUntil, now)) {
      throw new AppError('ACCOUNT_LOCKED', undefined, { lockedUntil: staff.lockedUntil!.toISOString() });
    }
    if (!(await verifyPassword(password, staff.passwordHash))) {
      const next = afterFailure(staff.failedLogins, now);
      await this.staff.update({ id: staff.id }, next);
      await this.audit.record(null, { action: 'auth.login_failed', targetType: 'staff', targetId: staff.id, requestId });
      if (next.lockedUntil) throw new AppError('ACCOUNT_LOCKED', undefined, { lockedUntil: next.lockedUntil.toISOString() });
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (staff.failedLogins > 0 || staff.lockedUntil) await this.staff.update({ id: staff.id }, { failedLogins: 0, lockedUntil: null });
    const issued = await this.issue(staff, 'admin');
    await this.audit.record(toActor(staff), { action: 'auth.login', targetType: 'staff', targetId: staff.id, requestId });
    return issued;
  }

  /** Sidebar login: the WeCom OAuth code (snsapi_base) → userid → our staff record → session. */
  async loginWithWecomCode(code: string, requestId?: string): Promise<IssuedSession> {
    let userid: string | undefined;
    try {
      userid = (await this.wecom.getUserInfoByCode(code)).userid;
    } catch (error) {
      if (error instanceof WecomApiError && (error.errcode === 40029 || error.errcode === 40163)) {
        throw new AppError('WECOM_OAUTH_CODE_INVALID');
      }
      throw error;
    }
    if (!userid) throw new AppError('WECOM_NOT_A_MEMBER', '该企业微信账号不是企业成员');
    const staff = await this.staff.findOneBy({ wecomUserId: userid });
    if (!staff || staff.status !== 'active') throw new AppError('WECOM_NOT_A_MEMBER');
    const issued = await this.issue(staff, 'sidebar');
    await this.audit.record(toActor(staff), { action: 'auth.wecom_login', targetType: 'staff', targetId: staff.id, requestId });
    return issued;
  }

  async me(actor: Actor): Promise<MeDto> {
    return { staffId: actor.staffId, name: actor.name, role: actor.role, departmentId: actor.departmentId, wecomUserId: actor.wecomUserId };
  }

  private async issue(staff: Staff, channel: 'admin' | 'sidebar'): Promise<IssuedSession> {
    const { token, expiresAt } = await this.sessions.create(staff.id, channel);
    return { token, expiresAt, me: { ...toActor(staff), wecomUserId: staff.wecomUserId } };
  }
}

function toActor(staff: Staff): Actor {
  return { staffId: staff.id, role: staff.role, name: staff.name, departmentId: staff.departmentId, wecomUserId: staff.wecomUserId };
}
