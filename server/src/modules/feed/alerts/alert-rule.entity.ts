import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../../database/timestamps.js';
import type { AlertRuleKey } from './alert-rule-definitions.js';

/** HQ-editable alert rule: on/off, thresholds and the cool-down between two alerts for one client. */
@Entity('alert_rules')
export class AlertRule {
  @PrimaryColumn({ type: 'varchar', length: 32 }) key: AlertRuleKey;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Column({ type: 'simple-json' }) params: Record<string, number>;
  @Column({ name: 'cooldown_hours', type: 'int' }) cooldownHours: number;
  @Column({ name: 'updated_by', type: 'int', nullable: true }) updatedBy: number | null;
  @UpdatedAt() updatedAt: Date;
}
