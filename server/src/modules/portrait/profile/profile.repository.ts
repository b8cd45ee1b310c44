import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Archetype } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { ClientPortrait } from '../entities/client-portrait.entity.js';
import { jsonValue, nullableEpochMs, num } from '../loading/sql-values.js';
import type { SnapshotPoint } from './portrait-view.js';

export interface ProfileClientRow {
  id: number;
  name: string;
  avatar: string | null;
  gender: 'male' | 'female' | null;
  ageBand: string | null;
  riskLevel: string | null;
  riskExpiresAt: number | null;
  phoneEnc: string | null;
  remark: string | null;
  followedSince: number | null;
}

/** Trajectory points shown in the sidebar: the last year of monthly snapshots. */
const TRAJECTORY_POINTS = 12;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The profile's reads, each one indexed statement. */
@Injectable()
export class ProfileRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The client with the caller's own follow relation, restricted to the caller's scope in the same statement. */
  async findClientInScope(actor: Actor, by: { externalUserId: string } | { clientId: number }): Promise<ProfileClientRow | null> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select([
        'c.id AS id',
        'c.name AS name',
        'c.avatar AS avatar',
        'c.gender AS gender',
        'c.age_band AS age_band',
        'c.risk_level AS risk_level',
        'c.risk_expires_at AS risk_expires_at',
        'c.phone_enc AS phone_enc',
        'f.remark AS remark',
        'f.add_time AS add_time',
      ])
      .from('clients', 'c')
      .leftJoin('client_follows', 'f', "f.client_id = c.id AND f.staff_id = :me AND f.state = 'active'", { me: actor.staffId });
    if ('externalUserId' in by) qb.where('c.external_userid = :externalUserId', { externalUserId: by.externalUserId });
    else qb.where('c.id = :clientId', { clientId: by.clientId });
    await this.access.scopeClients(qb, actor, 'c');
    const r = await qb.limit(1).getRawOne<Record<string, unknown>>();
    if (!r) return null;
    return {
      id: num(r.id),
      name: String(r.name),
      avatar: str(r.avatar),
      gender: r.gender === 'male' || r.gender === 'female' ? r.gender : null,
      ageBand: str(r.age_band),
      riskLevel: str(r.risk_level),
      riskExpiresAt: nullableEpochMs(r.risk_expires_at),
      phoneEnc: str(r.phone_enc),
      remark: str(r.remark),
      followedSince: nullableEpochMs(r.add_time),
    };
  }

  findPortrait(clientId: number): Promise<ClientPortrait | null> {
    return this.dataSource.getRepository(ClientPortrait).findOneBy({ clientId });
  }

  async snapshots(clientId: number): Promise<SnapshotPoint[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['s.month AS month', 's.top_archetype AS top_archetype', 's.archetype_weights AS weights'])
      .from('portrait_snapshots', 's')
      .where('s.client_id = :clientId', { clientId })
      .orderBy('s.month', 'DESC')
      .limit(TRAJECTORY_POINTS)
      .getRawMany<Record<string, unknown>>();
    return rows.reverse().map((r) => ({ month: String(r.month), topArchetype: String(r.top_archetype) as Archetype, weights: jsonValue(r.weights, {}) }));
  }
}
