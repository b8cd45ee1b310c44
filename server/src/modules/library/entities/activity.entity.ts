import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';

/**
 * An activity (活动): a period, a description and a content package of scripts and materials, with a
 * suggested target segment. Not versioned itself: what is sent is the package's approved content.
 */
@Entity('activities')
export class Activity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'category_id', type: 'int', nullable: true }) categoryId: number | null;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'starts_at', type: 'datetime', precision: 3 }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'datetime', precision: 3 }) endsAt: Date;
  @Column({ name: 'script_ids', type: 'simple-json' }) scriptIds: number[];
  @Column({ name: 'material_ids', type: 'simple-json' }) materialIds: number[];
  @Column({ name: 'segment_id', type: 'int', nullable: true }) segmentId: number | null;
  /** A segment filter when no saved segment fits (shape owned by the segments feature). */
  @Column({ name: 'segment_filter', type: 'simple-json', nullable: true }) segmentFilter: Record<string, unknown> | null;
  @Column({ type: 'varchar', length: 16, default: 'active' }) status: 'active' | 'archived';
  @Column({ name: 'search_text', type: 'text' }) searchText: string;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
