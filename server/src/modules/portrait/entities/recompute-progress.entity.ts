import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../../database/timestamps.js';

/** Progress of a full recompute job, readable from any process while a worker runs it. */
@Entity('portrait_recompute_progress')
export class RecomputeProgress {
  @PrimaryColumn({ name: 'job_id', type: 'varchar', length: 64 }) jobId: string;
  @Column({ type: 'int', default: 0 }) processed: number;
  @Column({ type: 'int', default: 0 }) total: number;
  @UpdatedAt() updatedAt: Date;
}
