import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';
import type { RuleSet } from '../engine/rules.js';

/** One saved version of the portrait rules. Every save is a new row; exactly one row is active. */
@Entity('portrait_rule_sets')
export class PortraitRuleSet {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32 }) version: string;
  @Column({ type: 'simple-json' }) rules: RuleSet;
  @Column({ type: 'boolean', default: false }) active: boolean;
  @Column({ name: 'change_note', type: 'varchar', length: 255 }) changeNote: string;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @CreatedAt() createdAt: Date;
}
