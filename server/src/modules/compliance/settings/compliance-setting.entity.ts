import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../../database/timestamps.js';

/** A compliance setting (frequency policy, disclaimer templates) as JSON; absent keys use the rule defaults. */
@Entity('compliance_settings')
export class ComplianceSetting {
  @PrimaryColumn({ type: 'varchar', length: 64 }) key: string;
  @Column({ type: 'simple-json' }) value: unknown;
  @Column({ name: 'updated_by', type: 'int', nullable: true }) updatedBy: number | null;
  @UpdatedAt() updatedAt: Date;
}
