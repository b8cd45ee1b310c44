import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Archetype } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import type { PortraitColumns } from './recommendation-source.js';
import { preparedQuery } from '../../../database/prepared-query.js';
import { jsonValue, nullableEpochMs, num } from '../../../database/sql-values.js';
import { type DecodedPortrait, decodePortrait } from '../entities/portrait-codec.js';
import { type SnapshotPoint, TRAJECTORY_POINTS } from '../view/portrait-view.js';

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

/*
 * The profile is the sidebar's hottest request: its per-client reads are fixed, parameterised statements (prepared
 * once; the query builder inlines numeric ids, which makes every client a new statement to parse and prepare), and
 * as few as possible (each is a round trip to MySQL).
 *
 * CLIENT_SQL: the client with the caller's own follow relation (remark, since when) and its stored portrait with its
 * view, if computed; the scope condition is appended (for an advisor, a test on that follow join).
 */
const CLIENT_SQL =
  'SELECT c.id, c.name, c.avatar, c.gender, c.age_band, c.risk_level, c.risk_expires_at, c.phone_enc, f.remark, f.add_time, ' +
  'v.client_id AS portrait_client_id, v.portrait, p.top_archetype, p.archetype_weights, p.trait_scores, p.framing, p.format, p.lifecycle ' +
  "FROM clients c LEFT JOIN client_follows f ON f.client_id = c.id AND f.staff_id = ? AND f.state = 'active' " +
  'LEFT JOIN client_portraits p ON p.client_id = c.id LEFT JOIN client_portrait_views v ON v.client_id = p.client_id';
const CLIENT_BY_EXTERNAL_ID_SQL = `${CLIENT_SQL} WHERE c.external_userid = ?`;
const CLIENT_BY_ID_SQL = `${CLIENT_SQL} WHERE c.id = ?`;
const SNAPSHOTS_SQL = `SELECT month, top_archetype, archetype_weights AS weights FROM portrait_snapshots WHERE client_id = ? ORDER BY month DESC LIMIT ${TRAJECTORY_POINTS}`;

/** What the profile shows of the stored portrait (the decoded view, see entities/portrait-codec.ts) and ranks recommendations on. */
export type StoredPortrait = { stored: DecodedPortrait } & PortraitColumns;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function storedPortrait(r: Record<string, unknown>): StoredPortrait {
  return {
    stored: decodePortrait(r.portrait),
    topArchetype: str(r.top_archetype),
    archetypeWeights: r.archetype_weights,
    traitScores: r.trait_scores,
    framing: str(r.framing),
    format: str(r.format),
    lifecycle: str(r.lifecycle),
  };
}

/** The profile's reads, each one indexed statement. */
@Injectable()
export class ProfileRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * The client with the caller's own follow relation and its stored portrait (null until first computed), restricted
   * to the caller's scope in the same statement.
   */
  async findClientInScope(actor: Actor, by: { externalUserId: string } | { clientId: number }): Promise<{ client: ProfileClientRow; portrait: StoredPortrait | null } | null> {
    const scope = await this.access.clientScopeSql(actor, 'c', 'f');
    const [sql, key] = 'externalUserId' in by ? [CLIENT_BY_EXTERNAL_ID_SQL, by.externalUserId] : [CLIENT_BY_ID_SQL, by.clientId];
    const [r] = await preparedQuery<Record<string, unknown>>(this.dataSource, `${sql} AND ${scope.sql} LIMIT 1`, [actor.staffId, key, ...scope.params]);
    if (!r) return null;
    const client: ProfileClientRow = {
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
    return { client, portrait: r.portrait_client_id === null ? null : storedPortrait(r) };
  }

  /** The client's last monthly snapshots, oldest first (only portraits stored before views carried them need this). */
  async snapshots(clientId: number): Promise<SnapshotPoint[]> {
    const rows = await preparedQuery<Record<string, unknown>>(this.dataSource, SNAPSHOTS_SQL, [clientId]);
    return rows.reverse().map((r) => ({ month: String(r.month), topArchetype: String(r.top_archetype) as Archetype, weights: jsonValue(r.weights, {}) }));
  }
}
