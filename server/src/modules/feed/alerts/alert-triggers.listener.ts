import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { CLIENT_UNFOLLOWED, type FollowChangedEvent } from '../../../wecom/callback/contact-change.handler.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../../ingest/client-activity.js';
import { PORTRAIT_UPDATED, type PortraitUpdatedEvent } from '../../portrait/portrait.events.js';
import { LINK_ENGAGED, LINK_OPENED, type LinkActivityEvent } from '../../tracking/tracking.events.js';
import { BufferedWork } from '../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../common/buffering/debounced-batch.js';
import type { AlertRuleKey } from './alert-rule-definitions.js';
import { ALERT_EVALUATE_JOB, type EvaluatePayload } from './alert-evaluator.service.js';

const FLUSH_MS = 200;
const BATCH = 500;

/** Which rules an ingested behaviour kind can change (the portrait rules excepted: they wait for the recompute). */
const RULES_BY_KIND: Readonly<Record<string, AlertRuleKey[]>> = {
  product_view: ['high_intent'],
  purchase: ['high_intent'],
  trades: ['high_intent', 'churn_risk'],
  complaint: ['churn_risk'],
  redemption: ['churn_risk'],
  cash_flows: ['churn_risk'],
  holdings: ['churn_risk'],
};
/**
 * Portrait-based rules run when the portrait module has stored fresh portraits, not on the activity itself:
 * the recompute follows activity by a few seconds, and before it the stored portrait is stale.
 */
const PORTRAIT_RULES: AlertRuleKey[] = ['anxiety', 'cognitive_shift'];

interface PendingEvaluation {
  clientId: number;
  rules: Set<AlertRuleKey>;
}

/**
 * Incremental evaluation: relevant domain events queue `alerts.evaluate` for the clients involved, with
 * only the rules those events can change (reading → high intent; outflows, complaints, deletion → churn).
 * Inactivity cannot be noticed from events, so the daily sweep covers it.
 */
@Injectable()
export class AlertTriggersListener {
  private readonly batch = new DebouncedBatch<PendingEvaluation>(FLUSH_MS, (pending) => this.enqueue(pending), (error, size) =>
    logger.error('alert evaluation enqueue failed', { error: (error as Error).message, clients: size }),
  );

  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue, buffered: BufferedWork) {
    buffered.register(this.batch);
  }

  @OnEvent(LINK_OPENED)
  onLinkOpened(event: LinkActivityEvent): void {
    if (event.clientId !== null && event.isProductRelated) this.request([event.clientId], ['high_intent']);
  }

  @OnEvent(LINK_ENGAGED)
  onLinkEngaged(event: LinkActivityEvent): void {
    if (event.clientId !== null && event.isProductRelated) this.request([event.clientId], ['high_intent']);
  }

  @OnEvent(CLIENT_ACTIVITY)
  onActivity(event: ClientActivityEvent): void {
    const rules = new Set((event.kinds ?? []).flatMap((kind) => RULES_BY_KIND[kind] ?? []));
    if (rules.size > 0) this.request(event.clientIds ?? [], [...rules]);
  }

  @OnEvent(PORTRAIT_UPDATED)
  onPortraitUpdated(event: PortraitUpdatedEvent): void {
    this.request(event.clientIds ?? [], PORTRAIT_RULES);
  }

  @OnEvent(CLIENT_UNFOLLOWED)
  onUnfollowed(event: FollowChangedEvent): void {
    if (event.state === 'deleted_by_client') this.request([event.clientId], ['churn_risk']);
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  private request(clientIds: number[], rules: AlertRuleKey[]): void {
    for (const clientId of clientIds) {
      if (!Number.isInteger(clientId) || clientId <= 0) continue;
      this.batch.add(String(clientId), { clientId, rules: new Set(rules) }, (a, b) => ({ clientId, rules: new Set([...a.rules, ...b.rules]) }));
    }
  }

  private async enqueue(pending: PendingEvaluation[]): Promise<void> {
    const byRules = new Map<string, number[]>();
    for (const p of pending) {
      const key = [...p.rules].sort().join(',');
      byRules.set(key, [...(byRules.get(key) ?? []), p.clientId]);
    }
    for (const [key, clientIds] of byRules) await this.enqueueChunks(clientIds, key.split(',') as AlertRuleKey[]);
  }

  private async enqueueChunks(clientIds: number[], rules: AlertRuleKey[]): Promise<void> {
    for (let i = 0; i < clientIds.length; i += BATCH) {
      const payload: EvaluatePayload = { clientIds: clientIds.slice(i, i + BATCH), rules };
      await this.queue.enqueue(ALERT_EVALUATE_JOB, payload);
    }
  }
}
