import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { formatShanghaiDateTime } from '../../compliance/rules/shanghai-time.js';
import { WECOM_API, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { Staff } from '../../org/staff.entity.js';
import { FEED_BUS, type FeedBus } from '../feed/feed-bus.js';
import { clientLabel } from '../feed/feed-text.js';
import { FeedRepository } from '../feed/feed.repository.js';
import { ALERT_RULE_DEFINITIONS } from './alert-rule-definitions.js';
import { Alert } from './alert.entity.js';
import { toAlertDto } from './alert-view.js';

export const ALERT_NOTIFY_JOB = 'alerts.notify';
/** WeCom textcard limits: title 128 bytes, description 512 bytes (WECOM.md, message/send). */
const TITLE_BYTES = 128;
const DESCRIPTION_BYTES = 512;

/**
 * Tells the advisor: live on their feed stream, and once by WeCom app message (a textcard linking into
 * the sidebar's alert page). The job is enqueued with the key alert-notify:<id> and checks notified_at,
 * so an alert is messaged at most once even if evaluation or the job runs twice.
 */
@Injectable()
export class AlertPublisher implements OnModuleInit {
  constructor(
    @InjectRepository(Alert) private readonly alerts: Repository<Alert>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly feed: FeedRepository,
    @Inject(FEED_BUS) private readonly bus: FeedBus,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register<{ alertId: number }>(ALERT_NOTIFY_JOB, async ({ alertId }) => ({ sent: await this.notify(alertId) }));
  }

  async publish(alerts: Alert[]): Promise<void> {
    if (alerts.length === 0) return;
    const names = await this.feed.clientNames(alerts.map((a) => a.clientId));
    for (const alert of alerts) {
      const payload = toAlertDto(alert, names) as ReturnType<typeof toAlertDto> & Record<string, unknown>;
      await this.bus.publish({ event: 'alert', payload, audienceStaffIds: [alert.staffId] }).catch((error: unknown) => {
        logger.warn('alert bus publish failed', { error: (error as Error).message });
      });
    }
  }

  /** Sends the app message unless already sent; answers whether a message went out. */
  async notify(alertId: number): Promise<boolean> {
    const alert = await this.alerts.findOneBy({ id: alertId });
    if (!alert || alert.notifiedAt) return false;
    const advisor = await this.staff.findOneBy({ id: alert.staffId });
    if (!advisor?.wecomUserId) {
      logger.warn('alert not messaged: advisor has no WeCom user id', { alertId, staffId: alert.staffId });
      return false;
    }
    const name = (await this.feed.clientNames([alert.clientId])).get(alert.clientId);
    const who = name ? clientLabel(name.name, name.gender) : '客户';
    const label = ALERT_RULE_DEFINITIONS[alert.ruleKey].labelZh;
    await this.wecom.sendAppMessage({
      touser: advisor.wecomUserId,
      msgtype: 'textcard',
      textcard: {
        title: truncateBytes(`【${label}】${who}`, TITLE_BYTES),
        description: cardDescription(formatShanghaiDateTime(alert.createdAt), alert.evidence.summaryZh, alert.suggestionZh),
        url: `${this.config.publicBaseUrl}/sidebar/#/alerts/${alert.id}`,
        btntxt: '查看详情',
      },
    });
    await this.alerts.update({ id: alert.id, notifiedAt: IsNull() }, { notifiedAt: this.clock.now() });
    return true;
  }
}

/** Three coloured lines (time, evidence, suggestion), each cut to fit so no tag is ever cut in half. */
export function cardDescription(time: string, evidence: string, suggestion: string): string {
  const wrap = (cls: string, text: string) => `<div class="${cls}">${escapeCard(text)}</div>`;
  const head = wrap('gray', time) + wrap('normal', truncateBytes(evidence, 200));
  const room = DESCRIPTION_BYTES - Buffer.byteLength(head) - Buffer.byteLength(wrap('highlight', ''));
  return head + wrap('highlight', truncateBytes(suggestion, Math.floor(room / 1.2)));
}

function escapeCard(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts at a character boundary so the UTF-8 encoding fits. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch + '…') > maxBytes) break;
    out += ch;
  }
  return `${out}…`;
}
