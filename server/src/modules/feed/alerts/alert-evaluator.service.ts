import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { FeedRepository } from '../feed/feed.repository.js';
import type { AlertRuleKey } from './alert-rule-definitions.js';
import { type EffectiveRule, AlertRulesService } from './alert-rules.service.js';
import { Alert } from './alert.entity.js';
import { AlertFactsLoader } from './alert-facts.loader.js';
import { ALERT_NOTIFY_JOB, AlertPublisher } from './alert-publisher.js';
import type { AlertFinding } from './rules/alert-facts.js';
import { evaluateRule } from './rules/evaluate-rules.js';
import { ScriptSuggester } from './script-suggester.js';

export const ALERT_EVALUATE_JOB = 'alerts.evaluate';
export interface EvaluatePayload {
  clientIds: number[];
  rules?: AlertRuleKey[];
}

const HOUR_MS = 3_600_000;

interface Candidate {
  clientId: number;
  staffId: number;
  rule: EffectiveRule;
  finding: AlertFinding;
}

/**
 * Evaluates the alert rules for a batch of clients (queue job `alerts.evaluate`) and stores new alerts.
 * No second alert for the same client, rule and advisor inside the rule's cool-down: checked against the
 * stored alerts, and enforced under concurrency by the unique dedupe key (one per cool-down bucket).
 */
@Injectable()
export class AlertEvaluator implements OnModuleInit {
  constructor(
    @InjectRepository(Alert) private readonly alerts: Repository<Alert>,
    private readonly rules: AlertRulesService,
    private readonly facts: AlertFactsLoader,
    private readonly feed: FeedRepository,
    private readonly scripts: ScriptSuggester,
    private readonly publisher: AlertPublisher,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register<EvaluatePayload>(ALERT_EVALUATE_JOB, async (payload) => ({ created: await this.evaluate(payload.clientIds, payload.rules) }));
  }

  /** Answers how many alerts were created. */
  async evaluate(clientIds: number[], only?: AlertRuleKey[]): Promise<number> {
    const ids = [...new Set(clientIds)].filter((id) => Number.isInteger(id) && id > 0);
    const rules = await this.rules.enabled(only);
    if (ids.length === 0 || rules.length === 0) return 0;
    const now = this.clock.now();
    const [facts, followers] = await Promise.all([this.facts.load(ids, rules, now), this.feed.activeFollowers(ids)]);
    const candidates: Candidate[] = [];
    for (const clientId of ids) {
      const clientFacts = facts.get(clientId)!;
      for (const rule of rules) {
        const finding = evaluateRule(rule.key, clientFacts, rule.params, now);
        if (!finding) continue;
        for (const staffId of finding.onlyStaffIds ?? followers.get(clientId) ?? []) candidates.push({ clientId, staffId, rule, finding });
      }
    }
    const fresh = await this.outsideCooldown(candidates, now);
    if (fresh.length === 0) return 0;
    const rows = await Promise.all(fresh.map((c) => this.toRow(c, now)));
    await this.alerts.createQueryBuilder().insert().into(Alert).values(rows).orIgnore().updateEntity(false).execute();
    const created = await this.alerts.find({ where: { dedupeKey: In(rows.map((row) => row.dedupeKey)), createdAt: MoreThanOrEqual(now) } });
    for (const alert of created) {
      await this.queue.enqueue(ALERT_NOTIFY_JOB, { alertId: alert.id }, { idempotencyKey: `alert-notify:${alert.id}` });
    }
    await this.publisher.publish(created);
    return created.length;
  }

  private async outsideCooldown(candidates: Candidate[], now: Date): Promise<Candidate[]> {
    if (candidates.length === 0) return [];
    const longest = Math.max(...candidates.map((c) => c.rule.cooldownHours));
    const recent = await this.alerts.find({
      select: { clientId: true, staffId: true, ruleKey: true, createdAt: true },
      where: { clientId: In([...new Set(candidates.map((c) => c.clientId))]), createdAt: MoreThanOrEqual(new Date(now.getTime() - longest * HOUR_MS)) },
    });
    return candidates.filter(
      (c) =>
        !recent.some(
          (a) => a.clientId === c.clientId && a.staffId === c.staffId && a.ruleKey === c.rule.key && a.createdAt.getTime() > now.getTime() - c.rule.cooldownHours * HOUR_MS,
        ),
    );
  }

  private async toRow(c: Candidate, now: Date): Promise<Omit<Alert, 'id'>> {
    const script = await this.scripts.suggest(c.finding.scriptHint);
    const bucket = Math.floor(now.getTime() / (c.rule.cooldownHours * HOUR_MS));
    return {
      clientId: c.clientId,
      staffId: c.staffId,
      ruleKey: c.rule.key,
      status: 'new',
      evidence: c.finding.evidence,
      suggestionZh: c.finding.suggestionZh,
      scriptId: script?.id ?? null,
      scriptTitle: script?.title ?? null,
      dedupeKey: `${c.rule.key}:${c.clientId}:${c.staffId}:${bucket}`,
      createdAt: now,
      seenAt: null,
      handledAt: null,
      handledNote: null,
      notifiedAt: null,
    };
  }
}
