import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { ContentKind } from '../../library/library.constants.js';
import type { MassMessage } from '../content/message-builders.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';

export type CampaignChannel = 'mass' | 'group_mass' | 'moments' | 'share';
/** HQ campaigns fan out to many advisors; an advisor's own mass send is the same machinery with one sender. */
export type CampaignOrigin = 'hq' | 'advisor';
export type CampaignStatus = 'draft' | 'scheduled' | 'planning' | 'fanning_out' | 'running' | 'completed' | 'cancelled' | 'failed';

export type CampaignAudience = { all: true } | { segmentFilter: unknown } | { segmentId: number } | { clientIds: number[] };

@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn() id: number;
  /** Random per campaign: part of every job key, so queue keys never collide across databases sharing a Redis. */
  @Column({ type: 'varchar', length: 32 }) uid: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 16 }) origin: CampaignOrigin;
  @Column({ name: 'activity_id', type: 'int', nullable: true }) activityId: number | null;
  @Column({ name: 'content_kind', type: 'varchar', length: 16 }) contentKind: ContentKind;
  @Column({ name: 'content_id', type: 'int' }) contentId: number;
  @Column({ name: 'variant_id', type: 'int', nullable: true }) variantId: number | null;
  /** Fixed when planning starts: every task sends exactly this approved version. */
  @Column({ name: 'version_id', type: 'int', nullable: true }) versionId: number | null;
  @Column({ name: 'approver_id', type: 'int', nullable: true }) approverId: number | null;
  @Column({ type: 'varchar', length: 16 }) channel: CampaignChannel;
  @Column({ type: 'simple-json' }) audience: CampaignAudience;
  @Column({ name: 'run_at', type: 'datetime', precision: 3, nullable: true }) runAt: Date | null;
  @Column({ type: 'varchar', length: 16 }) status: CampaignStatus;
  @Column({ name: 'failure_code', type: 'varchar', length: 48, nullable: true }) failureCode: string | null;
  @Column({ name: 'failure_reason', type: 'varchar', length: 500, nullable: true }) failureReason: string | null;
  /** The message every task hands to WeCom (text + attachments), fixed at planning. */
  @Column({ type: 'simple-json', nullable: true }) message: OutgoingMessage | null;
  @Column({ name: 'eligible_count', type: 'int', default: 0 }) eligibleCount: number;
  @Column({ name: 'excluded_count', type: 'int', default: 0 }) excludedCount: number;
  @Column({ name: 'task_count', type: 'int', default: 0 }) taskCount: number;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @Column({ name: 'launched_at', type: 'datetime', precision: 3, nullable: true }) launchedAt: Date | null;
  @Column({ name: 'planned_at', type: 'datetime', precision: 3, nullable: true }) plannedAt: Date | null;
  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true }) completedAt: Date | null;
  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true }) cancelledAt: Date | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/**
 * pending → submitting (about to call WeCom; see task-submitter.ts) → submitted (msgid stored) →
 * confirmed (the advisor sent it, every recipient got it) | partially (some did not) → done (the advisor
 * closed the to-do); failed; cancelled.
 */
export type CampaignTaskStatus = 'pending' | 'submitting' | 'submitted' | 'confirmed' | 'partially' | 'done' | 'failed' | 'cancelled';
export const OPEN_TASK_STATUSES: readonly CampaignTaskStatus[] = ['pending', 'submitting', 'submitted'];

/** One WeCom add_msg_template for one advisor and at most 10,000 of their clients. */
@Entity('campaign_tasks')
export class CampaignTask {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'campaign_id', type: 'int' }) campaignId: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ name: 'chunk_no', type: 'int' }) chunkNo: number;
  @Column({ type: 'varchar', length: 16 }) status: CampaignTaskStatus;
  /** UNIQUE: `campaign:<id>:staff:<id>:chunk:<n>`; the one WeCom-side effect this row stands for. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 191 }) idempotencyKey: string;
  @Column({ type: 'varchar', length: 128, nullable: true }) msgid: string | null;
  /** The task's own tracked link (mass messages are identical for every recipient). */
  @Column({ name: 'link_token', type: 'varchar', length: 32, nullable: true }) linkToken: string | null;
  /** The exact text + attachments handed to WeCom, written before the call (recognised again on recovery). */
  @Column({ type: 'simple-json', nullable: true }) message: MassMessage | null;
  @Column({ name: 'recipient_count', type: 'int', default: 0 }) recipientCount: number;
  @Column({ name: 'submit_attempts', type: 'int', default: 0 }) submitAttempts: number;
  @Column({ name: 'submitting_at', type: 'datetime', precision: 3, nullable: true }) submittingAt: Date | null;
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true }) submittedAt: Date | null;
  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'synced_at', type: 'datetime', precision: 3, nullable: true }) syncedAt: Date | null;
  @Column({ name: 'sync_polls', type: 'int', default: 0 }) syncPolls: number;
  @Column({ name: 'done_at', type: 'datetime', precision: 3, nullable: true }) doneAt: Date | null;
  @Column({ name: 'reminder_count', type: 'int', default: 0 }) reminderCount: number;
  @Column({ name: 'last_reminded_at', type: 'datetime', precision: 3, nullable: true }) lastRemindedAt: Date | null;
  /** Epoch ms of reminders in the last 24 h (WeCom allows three per msgid per 24 h). */
  @Column({ name: 'reminder_times', type: 'simple-json', nullable: true }) reminderTimes: number[] | null;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

export type ExclusionCode = 'SUITABILITY_MISMATCH' | 'SUITABILITY_ASSESSMENT_EXPIRED' | 'FREQUENCY_CAP' | 'NOT_A_FRIEND' | 'NO_ADVISOR';
export const EXCLUSION_CODES: readonly ExclusionCode[] = ['SUITABILITY_MISMATCH', 'SUITABILITY_ASSESSMENT_EXPIRED', 'FREQUENCY_CAP', 'NOT_A_FRIEND', 'NO_ADVISOR'];

/** A client of the audience who gets nothing from this campaign, and why (the exclusion report). */
@Entity('campaign_exclusions')
export class CampaignExclusion {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'campaign_id', type: 'int' }) campaignId: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'staff_id', type: 'int', nullable: true }) staffId: number | null;
  @Column({ type: 'varchar', length: 48 }) code: ExclusionCode;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @CreatedAt() createdAt: Date;
}
