import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { mintTrackedLinkToken } from '../sends/mint-tracked-link.js';
import type { ContentVerdict } from './campaign-content.js';
import { type Campaign, CampaignExclusion, CampaignTask } from './campaign.entities.js';
import type { RecipientDecision } from './eligibility.js';
import { insertRows } from '../../../database/raw-insert.js';

/** add_msg_template takes at most 10,000 external_userid per call ("最多可传入1万个客户", WECOM.md §4.4). */
export const MAX_RECIPIENTS_PER_TASK = 10_000;

export const taskKey = (campaignId: number, staffId: number, chunkNo: number): string => `campaign:${campaignId}:staff:${staffId}:chunk:${chunkNo}`;

/** 15 columns × 1,000 rows = 15,000 bound values: under MySQL's 65,535 and SQLite's 32,766. */
const SEND_ROWS_PER_STATEMENT = 1_000;
const SEND_COLUMNS = ['channel', 'status', 'staff_id', 'client_id', 'content_kind', 'content_id', 'version_id', 'variant_id', 'approver_id', 'campaign_id', 'task_id', 'text', 'edited', 'created_at', 'updated_at'];
const EXCLUSION_COLUMNS = ['campaign_id', 'client_id', 'staff_id', 'code', 'reason', 'created_at'];
const TASK_COLUMNS = ['campaign_id', 'staff_id', 'chunk_no', 'status', 'idempotency_key', 'link_token', 'recipient_count', 'created_at', 'updated_at'];
const LINK_COLUMNS = ['token', 'send_id', 'client_id', 'staff_id', 'campaign_id', 'task_id', 'content_kind', 'content_id', 'version_id', 'variant_id', 'created_at'];

/** Writes a campaign's plan: exclusions, tasks (with their tracked links) and one queued send per recipient. */
@Injectable()
export class PlanWriter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Drops what an earlier, interrupted planning run wrote (nothing of it reached WeCom). */
  async clear(campaignId: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().delete().from('sends').where('campaign_id = :campaignId', { campaignId }).execute();
      await manager.createQueryBuilder().delete().from('tracked_links').where('campaign_id = :campaignId', { campaignId }).execute();
      await manager.getRepository(CampaignExclusion).delete({ campaignId });
      await manager.getRepository(CampaignTask).delete({ campaignId });
    });
  }

  begin(campaign: Campaign, verdict: ContentVerdict, now: Date): PlanBatch {
    return new PlanBatch(this.dataSource, campaign, verdict, now);
  }
}

/**
 * Streams decisions page by page. Clients arrive in id order, so each advisor's clients fill chunk 0 up
 * to 10,000, then chunk 1, … — a client lands in exactly one task (and UNIQUE(campaign_id, client_id) on
 * sends enforces it).
 */
export class PlanBatch {
  private readonly perStaff = new Map<number, number>();
  private readonly taskIds = new Map<string, number>();
  private eligible = 0;
  private excluded = 0;
  private readonly senders = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly campaign: Campaign,
    private readonly verdict: ContentVerdict,
    private readonly now: Date,
  ) {}

  /**
   * mass: exclusions, tasks and one send per recipient; group_mass: one task per advisor (WeCom reports the
   * group chats later); moments: only the set of advisors who post.
   */
  async add(decisions: RecipientDecision[], channel: Campaign['channel']): Promise<void> {
    const perClient = channel === 'mass';
    const exclusions = decisions.filter((d): d is Extract<RecipientDecision, { eligible: false }> => !d.eligible);
    const recipients = decisions.filter((d): d is Extract<RecipientDecision, { eligible: true }> => d.eligible);
    if (perClient) {
      this.excluded += exclusions.length;
      await insertRows(this.dataSource, 'campaign_exclusions', EXCLUSION_COLUMNS, exclusions.map((d) => [this.campaign.id, d.clientId, d.staffId, d.code, d.reason.slice(0, 500), this.now]));
    }
    if (channel === 'moments') {
      for (const d of recipients) this.senders.add(d.wecomUserId);
      return;
    }
    const placed = recipients.map((d) => ({ decision: d, key: this.place(d.staffId, perClient) }));
    await this.createTasks([...new Set(placed.map((p) => p.key))].filter((key) => !this.taskIds.has(key)));
    if (!perClient) return;
    this.eligible += recipients.length;
    const { version } = this.verdict;
    const text = this.verdict.message.text ?? this.verdict.message.material?.desc ?? null;
    const rows = placed.map(({ decision, key }) => [
      'mass', 'queued', decision.staffId, decision.clientId, version.kind, version.contentId, version.versionId, version.variant?.id ?? null,
      version.approvedBy?.id ?? null, this.campaign.id, this.taskIds.get(key)!, text, false, this.now, this.now,
    ]);
    // One commit per page: 5,000 rows with every index of `sends` maintained once per statement.
    await this.dataSource.transaction((manager) => insertRows(manager, 'sends', SEND_COLUMNS, rows, SEND_ROWS_PER_STATEMENT));
  }

  async finish(): Promise<{ eligible: number; excluded: number; tasks: number; senders: string[] }> {
    await this.dataSource.query(
      'UPDATE campaign_tasks SET recipient_count = (SELECT COUNT(*) FROM sends s WHERE s.task_id = campaign_tasks.id) WHERE campaign_id = ?',
      [this.campaign.id],
    );
    return { eligible: this.eligible, excluded: this.excluded, tasks: this.taskIds.size, senders: [...this.senders] };
  }

  private place(staffId: number, perClient: boolean): string {
    const count = this.perStaff.get(staffId) ?? 0;
    this.perStaff.set(staffId, count + 1);
    return taskKey(this.campaign.id, staffId, perClient ? Math.floor(count / MAX_RECIPIENTS_PER_TASK) : 0);
  }

  private async createTasks(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const withLink = this.verdict.message.material !== null;
    const rows = keys.map((key) => {
      const [, , , staffId, , chunkNo] = key.split(':');
      return [this.campaign.id, Number(staffId), Number(chunkNo), 'pending', key, withLink ? mintTrackedLinkToken() : null, 0, this.now, this.now];
    });
    await insertRows(this.dataSource, 'campaign_tasks', TASK_COLUMNS, rows);
    const created = await this.dataSource.getRepository(CampaignTask).find({
      select: { id: true, idempotencyKey: true, staffId: true, linkToken: true },
      where: { campaignId: this.campaign.id, idempotencyKey: In(keys) },
    });
    for (const task of created) this.taskIds.set(task.idempotencyKey, task.id);
    const { version } = this.verdict;
    await insertRows(
      this.dataSource,
      'tracked_links',
      LINK_COLUMNS,
      created.filter((t) => t.linkToken).map((t) => [t.linkToken, null, null, t.staffId, this.campaign.id, t.id, version.kind, version.contentId, version.versionId, version.variant?.id ?? null, this.now]),
    );
  }
}
