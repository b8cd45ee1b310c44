import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

export type JobStatus = 'waiting' | 'active' | 'completed' | 'failed' | 'dead';

/**
 * The durable job table used when no Redis is configured. A job is claimed by setting `locked_by` and
 * `locked_until`; a worker that dies lets the lease run out and the job is picked up again.
 */
@Entity('jobs')
export class Job {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) queue: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'simple-json' }) payload: unknown;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 191, nullable: true }) idempotencyKey: string | null;
  @Column({ type: 'varchar', length: 16, default: 'waiting' }) status: JobStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'max_attempts', type: 'int', default: 5 }) maxAttempts: number;
  @Column({ name: 'run_at', type: 'datetime', precision: 3 }) runAt: Date;
  @Column({ name: 'locked_by', type: 'varchar', length: 64, nullable: true }) lockedBy: string | null;
  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'simple-json', nullable: true }) result: unknown;
  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true }) completedAt: Date | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
