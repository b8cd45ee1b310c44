import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock.js';
import { logger } from '../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../common/queue/job-queue.js';
import { upsertRows } from '../../database/upsert.js';
import { WECOM_API, type WecomApi, type WecomDepartment } from '../../wecom/gateway/wecom-gateway.types.js';
import { ClientFollow } from '../clients/client-follow.entity.js';
import { Client } from '../clients/client.entity.js';
import { CorpTag } from './corp-tag.entity.js';
import { Department } from './department.entity.js';
import { Staff } from './staff.entity.js';

export const ORG_SYNC_JOB = 'org.sync';
/** Columns WeCom owns; everything else on a client (PII, risk level) belongs to other sources. */
export const CLIENT_WECOM_COLUMNS = ['name', 'avatar', 'unionid', 'gender'];
export const FOLLOW_WECOM_COLUMNS = ['remark', 'add_time', 'state', 'state_changed_at', 'add_way_state', 'tag_ids'];
const BATCH_USERIDS = 100; // externalcontact/batch/get_by_user takes ≤ 100 userids per call

export interface OrgSyncResult {
  departments: number;
  staff: number;
  clients: number;
  follows: number;
  corpTags: number;
}

/**
 * Mirrors WeCom into our tables: departments, members, corp tags, external contacts and follow
 * relations. Idempotent (upserts by WeCom ids), so it can run again at any time; relations WeCom no
 * longer reports are marked `removed`. New members join as advisors; existing roles are kept.
 */
@Injectable()
export class OrgSyncService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register(ORG_SYNC_JOB, () => this.sync());
  }

  async sync(): Promise<OrgSyncResult> {
    const departments = await this.syncDepartments(await this.wecom.listDepartments());
    const staffByUserId = await this.syncMembers(departments);
    const corpTags = await this.syncCorpTags();
    const { clients, follows } = await this.syncContacts(staffByUserId);
    const result = { departments: departments.size, staff: staffByUserId.size, clients, follows, corpTags };
    logger.info('org sync finished', { ...result });
    return result;
  }

  /** Upserts departments top-down so each child's materialized path can use its parent's. */
  private async syncDepartments(list: WecomDepartment[]): Promise<Map<number, Department>> {
    const repo = this.dataSource.getRepository(Department);
    const byWecomId = new Map<number, Department>();
    const pending = [...list].sort((a, b) => a.parentid - b.parentid);
    const remaining = new Map(pending.map((d) => [d.id, d]));
    while (remaining.size > 0) {
      const ready = [...remaining.values()].filter((d) => !remaining.has(d.parentid) || d.parentid === d.id);
      if (ready.length === 0) throw new Error('department tree from WeCom has a cycle');
      for (const d of ready) {
        remaining.delete(d.id);
        const parent = byWecomId.get(d.parentid) ?? null;
        let row = await repo.findOneBy({ wecomId: d.id });
        if (!row) row = repo.create({ wecomId: d.id, path: '' });
        row.name = d.name;
        row.parentId = parent?.id ?? null;
        row.sortOrder = d.order ?? 0;
        row = await repo.save(row);
        const path = `${parent?.path ?? '/'}${row.id}/`;
        if (row.path !== path) {
          row.path = path;
          await repo.update({ id: row.id }, { path });
        }
        byWecomId.set(d.id, row);
      }
    }
    return byWecomId;
  }

  private async syncMembers(departments: Map<number, Department>): Promise<Map<string, Staff>> {
    const repo = this.dataSource.getRepository(Staff);
    const staffByUserId = new Map<string, Staff>();
    for (const wecomDepartmentId of departments.keys()) {
      for (const member of await this.wecom.listMembers(wecomDepartmentId)) {
        if (staffByUserId.has(member.userid)) continue;
        const main = departments.get(member.main_department ?? member.department[0] ?? wecomDepartmentId);
        let row = await repo.findOneBy({ wecomUserId: member.userid });
        if (!row) row = repo.create({ wecomUserId: member.userid, role: 'advisor', status: 'active' });
        row.name = member.name;
        row.departmentId = main?.id ?? null;
        if (member.status !== undefined) row.status = member.status === 1 ? 'active' : 'disabled';
        staffByUserId.set(member.userid, await repo.save(row));
      }
    }
    return staffByUserId;
  }

  private async syncCorpTags(): Promise<number> {
    const groups = await this.wecom.listCorpTags();
    const rows = groups.flatMap((g) =>
      g.tag.filter((t) => !t.deleted).map((t) => ({ tagId: t.id, groupId: g.group_id, groupName: g.group_name, name: t.name, sortOrder: t.order ?? 0 })),
    );
    await upsertRows(this.dataSource.getRepository(CorpTag), rows, ['tag_id'], ['group_id', 'group_name', 'name', 'sort_order']);
    return rows.length;
  }

  private async syncContacts(staffByUserId: Map<string, Staff>): Promise<{ clients: number; follows: number }> {
    const clients = this.dataSource.getRepository(Client);
    const followRepo = this.dataSource.getRepository(ClientFollow);
    const now = this.clock.now();
    const seenClients = new Set<string>();
    let follows = 0;
    const userids = [...staffByUserId.keys()];
    for (let i = 0; i < userids.length; i += BATCH_USERIDS) {
      const batchIds = userids.slice(i, i + BATCH_USERIDS);
      const contacts = await this.wecom.batchGetExternalContacts(batchIds);
      const keptPairs = new Set<string>();
      for (let j = 0; j < contacts.length; j += 500) {
        const chunk = contacts.slice(j, j + 500);
        const uniqueContacts = [...new Map(chunk.map((c) => [c.external_contact.external_userid, c.external_contact])).values()];
        await upsertRows(
          clients,
          uniqueContacts.map((c) => ({
            externalUserId: c.external_userid,
            name: c.name,
            avatar: c.avatar ?? null,
            unionid: c.unionid ?? null,
            gender: c.gender === 1 ? 'male' : c.gender === 2 ? 'female' : null,
          })),
          ['external_userid'],
          CLIENT_WECOM_COLUMNS,
        );
        const ids = await clients.find({ select: { id: true, externalUserId: true }, where: { externalUserId: In(uniqueContacts.map((c) => c.external_userid)) } });
        const clientIdByExternal = new Map(ids.map((c) => [c.externalUserId!, c.id]));
        const followRows = chunk.flatMap((c) => {
          const staff = staffByUserId.get(c.follow_info.userid);
          const clientId = clientIdByExternal.get(c.external_contact.external_userid);
          if (!staff || !clientId) return [];
          keptPairs.add(`${clientId}:${staff.id}`);
          return [
            {
              clientId,
              staffId: staff.id,
              remark: c.follow_info.remark ?? null,
              addTime: new Date(c.follow_info.createtime * 1000),
              state: 'active' as const,
              stateChangedAt: now,
              addWayState: c.follow_info.state ?? null,
              tagIds: (c.follow_info.tags ?? []).map((t) => t.tag_id).filter((t): t is string => Boolean(t)),
            },
          ];
        });
        await upsertRows(followRepo, followRows, ['client_id', 'staff_id'], FOLLOW_WECOM_COLUMNS);
        follows += followRows.length;
        uniqueContacts.forEach((c) => seenClients.add(c.external_userid));
      }
      await this.markRemovedFollows(batchIds.map((u) => staffByUserId.get(u)!.id), keptPairs);
    }
    return { clients: seenClients.size, follows };
  }

  /** Relations we hold as active that WeCom no longer reports for these members. */
  private async markRemovedFollows(staffIds: number[], kept: Set<string>): Promise<void> {
    const repo = this.dataSource.getRepository(ClientFollow);
    const active = await repo.find({ select: { id: true, clientId: true, staffId: true }, where: { staffId: In(staffIds), state: 'active' } });
    const gone = active.filter((f) => !kept.has(`${f.clientId}:${f.staffId}`)).map((f) => f.id);
    for (let i = 0; i < gone.length; i += 500) {
      await repo.update({ id: In(gone.slice(i, i + 500)) }, { state: 'removed', stateChangedAt: this.clock.now() });
    }
  }
}
