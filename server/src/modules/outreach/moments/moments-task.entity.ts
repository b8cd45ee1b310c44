import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { ContentKind } from '../../library/library.constants.js';

/** pending → submitting → submitted (jobid) → done | failed; `unknown` = the outcome of a submission was lost. */
export type MomentsTaskStatus = 'pending' | 'submitting' | 'submitted' | 'done' | 'failed' | 'unknown';

/** One add_moment_task (客户朋友圈) for one or many advisors (visible_range.sender_list). */
@Entity('moments_tasks')
export class MomentsTask {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'campaign_id', type: 'int', nullable: true }) campaignId: number | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @Column({ name: 'content_kind', type: 'varchar', length: 16 }) contentKind: ContentKind;
  @Column({ name: 'content_id', type: 'int' }) contentId: number;
  @Column({ name: 'version_id', type: 'int' }) versionId: number;
  @Column({ name: 'variant_id', type: 'int', nullable: true }) variantId: number | null;
  @Column({ name: 'approver_id', type: 'int', nullable: true }) approverId: number | null;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ name: 'sender_userids', type: 'simple-json' }) senderUserids: string[];
  @Column({ name: 'sender_count', type: 'int', default: 0 }) senderCount: number;
  @Column({ type: 'varchar', length: 16 }) status: MomentsTaskStatus;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 191 }) idempotencyKey: string;
  @Column({ name: 'link_token', type: 'varchar', length: 32, nullable: true }) linkToken: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) jobid: string | null;
  @Column({ name: 'moment_id', type: 'varchar', length: 128, nullable: true }) momentId: string | null;
  @Column({ name: 'invalid_senders', type: 'simple-json', nullable: true }) invalidSenders: string[] | null;
  @Column({ type: 'int', nullable: true }) errcode: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) errmsg: string | null;
  @Column({ type: 'int', default: 0 }) polls: number;
  @Column({ name: 'submitting_at', type: 'datetime', precision: 3, nullable: true }) submittingAt: Date | null;
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true }) submittedAt: Date | null;
  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true }) completedAt: Date | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
