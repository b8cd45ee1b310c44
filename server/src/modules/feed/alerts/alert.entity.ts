import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';
import type { AlertRuleKey } from './alert-rule-definitions.js';

export const ALERT_STATUSES = ['new', 'seen', 'handled'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertEvidence {
  summaryZh: string;
  /** The numbers behind the alert (counts, amounts, percentages, seconds). */
  numbers: Record<string, number | string>;
  /** What produced them: behaviour event ids, link tokens, cash-flow ids, follow changes. */
  refs: string[];
}

/**
 * An alert for one advisor about one client. seen_at and handled_at feed the manager's follow-up SLA;
 * `dedupe_key` (rule, client, advisor, cool-down bucket) stops concurrent evaluations from doubling up.
 */
@Entity('alerts')
export class Alert {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ name: 'rule_key', type: 'varchar', length: 32 }) ruleKey: AlertRuleKey;
  @Column({ type: 'varchar', length: 12 }) status: AlertStatus;
  @Column({ type: 'simple-json' }) evidence: AlertEvidence;
  @Column({ name: 'suggestion_zh', type: 'varchar', length: 500 }) suggestionZh: string;
  @Column({ name: 'script_id', type: 'int', nullable: true }) scriptId: number | null;
  @Column({ name: 'script_title', type: 'varchar', length: 200, nullable: true }) scriptTitle: string | null;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 191 }) dedupeKey: string;
  @CreatedAt() createdAt: Date;
  @Column({ name: 'seen_at', type: 'datetime', precision: 3, nullable: true }) seenAt: Date | null;
  @Column({ name: 'handled_at', type: 'datetime', precision: 3, nullable: true }) handledAt: Date | null;
  @Column({ name: 'handled_note', type: 'varchar', length: 500, nullable: true }) handledNote: string | null;
  @Column({ name: 'notified_at', type: 'datetime', precision: 3, nullable: true }) notifiedAt: Date | null;
}
