import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClientRiskLevel } from '@valuelens/contracts';
import { asDate } from '../history/send-history.source.js';
import { idsCondition } from './ids-condition.js';
import type { ClientFacts, FollowFacts } from './eligibility.js';

const nullableDate = (value: Date | string | null): Date | null => (value === null ? null : asDate(value));

/** Client and follow facts for one page of an audience (ids ascending): two indexed queries per page. */
@Injectable()
export class RecipientFactsLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async clients(ids: readonly number[]): Promise<ClientFacts[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['c.id AS id', 'c.name AS name', 'c.external_userid AS external_userid', 'c.risk_level AS risk_level', 'c.risk_expires_at AS risk_expires_at'])
      .from('clients', 'c')
      .where(...idsCondition('c.id', ids, 'ids'))
      .orderBy('c.id', 'ASC')
      .getRawMany<{ id: number | string; name: string; external_userid: string | null; risk_level: ClientRiskLevel | null; risk_expires_at: Date | string | null }>();
    const wanted = new Set(ids);
    return rows.filter((r) => wanted.has(Number(r.id))).map((r) => ({
      id: Number(r.id),
      name: r.name,
      externalUserId: r.external_userid,
      riskLevel: r.risk_level,
      riskExpiresAt: nullableDate(r.risk_expires_at),
    }));
  }

  async follows(clientIds: readonly number[]): Promise<Map<number, FollowFacts[]>> {
    const byClient = new Map<number, FollowFacts[]>();
    if (clientIds.length === 0) return byClient;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['f.client_id AS client_id', 'f.staff_id AS staff_id', 'f.state AS state', 'f.add_time AS add_time', 's.status AS staff_status', 's.wecom_userid AS wecom_userid'])
      .from('client_follows', 'f')
      .innerJoin('staff', 's', 's.id = f.staff_id')
      .where(...idsCondition('f.client_id', clientIds, 'clientIds'))
      .getRawMany<{ client_id: number | string; staff_id: number | string; state: string; add_time: Date | string | null; staff_status: string; wecom_userid: string | null }>();
    const wanted = new Set(clientIds);
    for (const r of rows) {
      const clientId = Number(r.client_id);
      if (!wanted.has(clientId)) continue;
      const follow: FollowFacts = {
        clientId,
        staffId: Number(r.staff_id),
        state: r.state,
        addTime: nullableDate(r.add_time),
        staffActive: r.staff_status === 'active',
        wecomUserId: r.wecom_userid,
      };
      const list = byClient.get(clientId);
      if (list) list.push(follow);
      else byClient.set(clientId, [follow]);
    }
    return byClient;
  }
}
