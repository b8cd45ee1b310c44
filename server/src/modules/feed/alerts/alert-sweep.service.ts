import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { shanghaiParts } from '../../compliance/rules/shanghai-time.js';
import type { AlertRuleKey } from './alert-rule-definitions.js';
import { AlertRulesService } from './alert-rules.service.js';
import { ALERT_EVALUATE_JOB, type EvaluatePayload } from './alert-evaluator.service.js';

export const ALERT_SWEEP_JOB = 'alerts.sweep';
const DAY_MS = 86_400_000;
const BATCH = 500;

/**
 * The periodic pass for what no event announces: inactivity (churn), and portrait-based rules for clients
 * whose stored portrait is anxious or who got a new monthly snapshot. It only selects candidates (indexed
 * queries) and queues `alerts.evaluate` batches; the evaluator applies thresholds and cool-downs.
 */
@Injectable()
export class AlertSweepService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: AlertRulesService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register(ALERT_SWEEP_JOB, async () => this.sweep());
  }

  async sweep(): Promise<{ queuedClients: number }> {
    const now = this.clock.now();
    const rules = new Map((await this.rules.enabled()).map((rule) => [rule.key, rule]));
    let queued = 0;
    const churn = rules.get('churn_risk');
    if (churn) queued += await this.enqueueEvaluations(await this.inactiveClients(new Date(now.getTime() - churn.params.inactivityDays! * DAY_MS)), ['churn_risk']);
    const anxiety = rules.get('anxiety');
    if (anxiety) queued += await this.enqueueEvaluations(await this.anxiousClients(anxiety.params.anxietyMin!), ['anxiety']);
    if (rules.has('cognitive_shift')) queued += await this.enqueueEvaluations(await this.clientsWithSnapshot(now), ['cognitive_shift']);
    return { queuedClients: queued };
  }

  /** Followed clients with some behaviour on record but none since the cutoff (both probes use the client/time index). */
  private async inactiveClients(cutoff: Date): Promise<number[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('DISTINCT f.client_id', 'clientId')
      .from('client_follows', 'f')
      .where("f.state = 'active'")
      .andWhere('EXISTS (SELECT 1 FROM behaviour_events e1 WHERE e1.client_id = f.client_id)')
      .andWhere('NOT EXISTS (SELECT 1 FROM behaviour_events e2 WHERE e2.client_id = f.client_id AND e2.time >= :cutoff)', { cutoff })
      .getRawMany<{ clientId: number }>();
    return rows.map((row) => Number(row.clientId));
  }

  private async anxiousClients(minimum: number): Promise<number[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('p.client_id', 'clientId')
      .from('client_portraits', 'p')
      .where('p.anxiety >= :minimum', { minimum })
      .getRawMany<{ clientId: number }>();
    return rows.map((row) => Number(row.clientId));
  }

  private async clientsWithSnapshot(now: Date): Promise<number[]> {
    const { year, month } = shanghaiParts(now);
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('DISTINCT s.client_id', 'clientId')
      .from('portrait_snapshots', 's')
      .where('s.month = :month', { month: `${year}-${String(month).padStart(2, '0')}` })
      .getRawMany<{ clientId: number }>();
    return rows.map((row) => Number(row.clientId));
  }

  private async enqueueEvaluations(clientIds: number[], rules: AlertRuleKey[]): Promise<number> {
    for (let i = 0; i < clientIds.length; i += BATCH) {
      const payload: EvaluatePayload = { clientIds: clientIds.slice(i, i + BATCH), rules };
      await this.queue.enqueue(ALERT_EVALUATE_JOB, payload);
    }
    return clientIds.length;
  }
}
