import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PastSend, SendChannel as BudgetChannel } from '../../compliance/rules/frequency-budget.js';
import type { ClientSendRecord, SendHistorySource, SendTarget } from '../../compliance/send-gate/send-history-source.js';
import type { ContentKind } from '../../library/library.constants.js';
import { idsCondition } from '../campaigns/ids-condition.js';
import { coalescedRead, inKeys } from '../../../database/coalesced-read.js';
import { placeholders } from '../../../database/placeholders.js';
import { preparedQuery } from '../../../database/prepared-query.js';
import { dateParam } from '../../../database/sql-values.js';
import { BUDGET_STATUSES, type SendChannel } from '../sends/send.entity.js';

/** A group mass message is a mass message as far as the client's budget and WeCom's quota go. */
export function budgetChannel(channel: SendChannel): BudgetChannel {
  return channel === 'group_mass' ? 'mass' : channel;
}

interface HistoryRow {
  client_id: number | string | null;
  channel: SendChannel;
  at: Date | string;
  member: string | null;
}

const BUDGET_FILTER = `s.status IN (${placeholders(BUDGET_STATUSES.length)}) AND COALESCE(s.sent_at, s.created_at) >= ?`;
const HISTORY_SELECT =
  'SELECT s.client_id AS client_id, s.channel AS channel, COALESCE(s.sent_at, s.created_at) AS at, st.wecom_userid AS member ' +
  'FROM sends s LEFT JOIN staff st ON st.id = s.staff_id';
const SENDS_TO_CLIENT_SQL = `${HISTORY_SELECT} WHERE ${BUDGET_FILTER} AND s.client_id = ?`;
const SENDS_TO_CHAT_SQL = `${HISTORY_SELECT} WHERE ${BUDGET_FILTER} AND s.chat_id = ?`;
type ClientSendRow = HistoryRow & { kind: ContentKind; content_id: number | string };

/**
 * Every profile view ranks recommendations on its client's sends: views that start together share one statement.
 * They share its lower time bound too, so each asks from the start of its minute and keeps its own window.
 */
const sendsOfClients = coalescedRead<ClientSendRow>({
  sql: (count) =>
    'SELECT s.client_id AS client_id, s.channel AS channel, COALESCE(s.sent_at, s.created_at) AS at, st.wecom_userid AS member, s.content_kind AS kind, s.content_id AS content_id ' +
    `FROM sends s LEFT JOIN staff st ON st.id = s.staff_id WHERE ${BUDGET_FILTER} AND ${inKeys('s.client_id', count)}`,
  keyOf: (row) => Number(row.client_id),
});
const MINUTE_MS = 60_000;

/**
 * The gate's view of the `sends` table (SEND_HISTORY_SOURCE). A send counts from the moment it is
 * queued in a campaign task, not only once delivered, so two campaigns planned back to back cannot
 * both spend the same client's last slot. When it happened: sent_at, else when it was queued.
 */
@Injectable()
export class SendsHistorySource implements SendHistorySource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Read on every gate decision and every profile view: a fixed, parameterised statement per target kind. */
  async sendsTo(target: SendTarget, since: Date): Promise<PastSend[]> {
    const [sql, id] = 'clientId' in target ? [SENDS_TO_CLIENT_SQL, target.clientId] : [SENDS_TO_CHAT_SQL, target.chatId];
    const rows = await preparedQuery<HistoryRow>(this.dataSource, sql, [...BUDGET_STATUSES, dateParam(this.dataSource, since), id]);
    return rows.map(toPastSend);
  }

  /** The same for many clients at once (campaign planning; ids ascending): one indexed query per page. */
  async sendsToClients(clientIds: readonly number[], since: Date): Promise<Map<number, PastSend[]>> {
    const byClient = new Map<number, PastSend[]>();
    if (clientIds.length === 0) return byClient;
    const rows = await this.base(since).andWhere(...idsCondition('s.client_id', clientIds, 'clientIds')).getRawMany<HistoryRow>();
    const wanted = new Set(clientIds);
    for (const row of rows) {
      const clientId = Number(row.client_id);
      if (!wanted.has(clientId)) continue;
      const list = byClient.get(clientId);
      if (list) list.push(toPastSend(row));
      else byClient.set(clientId, [toPastSend(row)]);
    }
    return byClient;
  }

  async clientSends(clientId: number, since: Date): Promise<ClientSendRecord[]> {
    const minute = new Date(Math.floor(since.getTime() / MINUTE_MS) * MINUTE_MS);
    const rows = await sendsOfClients(this.dataSource, clientId, [...BUDGET_STATUSES, dateParam(this.dataSource, minute)]);
    return rows.map((row) => ({ ...toPastSend(row), contentKind: row.kind, contentId: Number(row.content_id) })).filter((send) => send.at >= since);
  }

  private base(since: Date) {
    return this.dataSource
      .createQueryBuilder()
      .select(['s.client_id AS client_id', 's.channel AS channel', 'COALESCE(s.sent_at, s.created_at) AS at', 'st.wecom_userid AS member'])
      .from('sends', 's')
      .leftJoin('staff', 'st', 'st.id = s.staff_id')
      .where('s.status IN (:...statuses)', { statuses: BUDGET_STATUSES })
      .andWhere('COALESCE(s.sent_at, s.created_at) >= :since', { since });
  }
}

function toPastSend(row: HistoryRow): PastSend {
  return { at: asDate(row.at), channel: budgetChannel(row.channel), memberId: row.member };
}

/** Raw rows come back as Date (mysql2) or as text (SQLite stores 'YYYY-MM-DD HH:MM:SS.mmm' in UTC). */
export function asDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
