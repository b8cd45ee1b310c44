import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';

export type SendChannel = 'chat' | 'mass' | 'group_mass' | 'moments' | 'share';
/**
 * prepared (sidebar asked, not yet in the chat) → sent; queued (in a campaign task not yet handed to WeCom)
 * → pending_confirm (WeCom task created, the advisor has to confirm) → delivered | failed; cancelled.
 */
export type SendStatus = 'prepared' | 'queued' | 'sent' | 'pending_confirm' | 'delivered' | 'failed' | 'cancelled' | 'excluded';

/** Statuses that did reach, or are about to reach, the client: they spend the frequency budget. */
export const BUDGET_STATUSES: readonly SendStatus[] = ['queued', 'pending_confirm', 'sent', 'delivered'];

/**
 * One piece of approved content going to one client (or group chat) through one channel: the
 * audit chain's spine — version → approver → advisor → channel → WeCom msgid → delivery → opens.
 */
@Entity('sends')
export class Send {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) channel: SendChannel;
  @Column({ type: 'varchar', length: 20 }) status: SendStatus;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ name: 'client_id', type: 'int', nullable: true }) clientId: number | null;
  @Column({ name: 'chat_id', type: 'varchar', length: 64, nullable: true }) chatId: string | null;
  @Column({ name: 'content_kind', type: 'varchar', length: 16 }) contentKind: 'script' | 'material';
  @Column({ name: 'content_id', type: 'int' }) contentId: number;
  @Column({ name: 'version_id', type: 'int' }) versionId: number;
  @Column({ name: 'variant_id', type: 'int', nullable: true }) variantId: number | null;
  @Column({ name: 'approver_id', type: 'int', nullable: true }) approverId: number | null;
  @Column({ name: 'campaign_id', type: 'int', nullable: true }) campaignId: number | null;
  @Column({ name: 'task_id', type: 'int', nullable: true }) taskId: number | null;
  /** The exact text that went out (variables filled, disclaimer appended, advisor edits included). */
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ name: 'edited', type: 'boolean', default: false }) edited: boolean;
  @Column({ name: 'wecom_msgid', type: 'varchar', length: 128, nullable: true }) wecomMsgid: string | null;
  @Column({ name: 'exclusion_code', type: 'varchar', length: 48, nullable: true }) exclusionCode: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 191, nullable: true }) idempotencyKey: string | null;
  /** What the sidebar reported when sendChatMessage failed, or why WeCom did not deliver. */
  @Column({ name: 'fail_reason', type: 'varchar', length: 500, nullable: true }) failReason: string | null;
  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true }) sentAt: Date | null;
  @Column({ name: 'delivered_at', type: 'datetime', precision: 3, nullable: true }) deliveredAt: Date | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
