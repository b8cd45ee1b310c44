import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

/** A saved audience: a filter over client attributes, portrait columns, tags and metrics (filter/filter.types.ts). */
@Entity('segments')
export class Segment {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) description: string | null;
  /** The filter document exactly as validated (JSON). */
  @Column({ type: 'simple-json' }) filter: Record<string, unknown>;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
