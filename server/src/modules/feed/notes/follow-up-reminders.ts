import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { WECOM_API, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { DAY_MS, startOfShanghaiDay } from '../../compliance/rules/shanghai-time.js';
import { Staff } from '../../org/staff.entity.js';
import { clientLabel } from '../feed/feed-text.js';
import { FeedRepository } from '../feed/feed.repository.js';
import { cardDescription, truncateBytes } from '../alerts/alert-publisher.js';
import { FollowUp } from './follow-up.entity.js';

export const FOLLOW_UP_REMINDERS_JOB = 'follow-ups.reminders';
export const FOLLOW_UP_REMIND_JOB = 'follow-ups.remind';

/**
 * Due reminders: open to-dos whose next contact falls today (Asia/Shanghai) or earlier get one WeCom app
 * message each (job key follow-up-remind:<id>, and reminded_at is set once sent).
 */
@Injectable()
export class FollowUpReminders implements OnModuleInit {
  constructor(
    @InjectRepository(FollowUp) private readonly followUps: Repository<FollowUp>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly feed: FeedRepository,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register(FOLLOW_UP_REMINDERS_JOB, async () => ({ queued: await this.queueDue() }));
    this.queue.register<{ followUpId: number }>(FOLLOW_UP_REMIND_JOB, async ({ followUpId }) => ({ sent: await this.remind(followUpId) }));
  }

  async queueDue(): Promise<number> {
    const endOfToday = new Date(startOfShanghaiDay(this.clock.now()).getTime() + DAY_MS);
    const due = await this.followUps.find({ select: { id: true }, where: { doneAt: IsNull(), remindedAt: IsNull(), nextContactAt: LessThan(endOfToday) } });
    for (const { id } of due) await this.queue.enqueue(FOLLOW_UP_REMIND_JOB, { followUpId: id }, { idempotencyKey: `follow-up-remind:${id}` });
    return due.length;
  }

  async remind(id: number): Promise<boolean> {
    const row = await this.followUps.findOneBy({ id });
    if (!row || row.remindedAt || row.doneAt) return false;
    const advisor = await this.staff.findOneBy({ id: row.staffId });
    if (!advisor?.wecomUserId) {
      logger.warn('follow-up reminder not sent: advisor has no WeCom user id', { followUpId: id });
      return false;
    }
    const name = (await this.feed.clientNames([row.clientId])).get(row.clientId);
    const who = name ? clientLabel(name.name, name.gender) : '客户';
    await this.wecom.sendAppMessage({
      touser: advisor.wecomUserId,
      msgtype: 'textcard',
      textcard: {
        title: truncateBytes(`今日跟进：${who}`, 128),
        description: cardDescription('跟进提醒', row.note, '点击查看客户详情并记录本次联系'),
        url: `${this.config.publicBaseUrl}/sidebar/#/clients/${row.clientId}`,
        btntxt: '去跟进',
      },
    });
    await this.followUps.update({ id, remindedAt: IsNull() }, { remindedAt: this.clock.now() });
    return true;
  }
}
