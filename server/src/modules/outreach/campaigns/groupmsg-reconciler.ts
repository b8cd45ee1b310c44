import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { WECOM_API, type GroupMsgRecord, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { type MassMessage, massMessageMatches } from '../content/message-builders.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';
import { CampaignTask } from './campaign.entities.js';

/** Clock skew allowed between our submitting_at and WeCom's create_time. */
const SKEW_MS = 5 * 60_000;

/**
 * Finds the WeCom mass-send a crashed submission may have created: the sender's corp-created group
 * messages (get_groupmsg_list_v2, creator + time window from submitting_at) whose text and attachments
 * equal what the task stored before calling, and whose msgid no other task owns. Material messages carry
 * the task's own tracked link, so they match exactly one task; identical text-only messages of the same
 * sender are told apart by creation order (oldest unowned record → the task that started submitting first).
 */
@Injectable()
export class GroupMsgReconciler {
  constructor(
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async findCreated(task: CampaignTask, sender: string, chatType: 'single' | 'group', message: MassMessage): Promise<string | null> {
    if (!task.submittingAt) return null;
    const records = await this.list(sender, chatType, task.submittingAt);
    const matching = records.filter((record) => massMessageMatches(message, record)).sort((a, b) => a.create_time - b.create_time);
    if (matching.length === 0) return null;
    const owned = new Set(
      (await this.tasks.find({ select: { msgid: true }, where: { msgid: In(matching.map((r) => r.msgid)) } })).map((t) => t.msgid),
    );
    return matching.find((record) => !owned.has(record.msgid))?.msgid ?? null;
  }

  private async list(sender: string, chatType: 'single' | 'group', since: Date): Promise<GroupMsgRecord[]> {
    const request = {
      chat_type: chatType,
      start_time: Math.floor((since.getTime() - SKEW_MS) / 1000),
      end_time: Math.ceil((this.clock.now().getTime() + SKEW_MS) / 1000),
      creator: sender,
      filter_type: 0 as const, // created by the corp through the API, as ours are
    };
    const records: GroupMsgRecord[] = [];
    let cursor: string | undefined;
    do {
      await this.limiter.acquire('get_groupmsg_list_v2');
      const page = await this.wecom.listGroupMsgs(request, cursor);
      records.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return records;
  }
}
