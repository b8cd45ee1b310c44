import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/timestamps.js';

/**
 * A decrypted WeCom callback, stored before the 200 is sent so nothing acknowledged is lost.
 * `dedupe_key` (MsgId, or FromUserName + CreateTime + event fields) makes WeCom's retries land once.
 */
@Entity('wecom_callback_events')
export class CallbackEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 191 }) dedupeKey: string;
  @Column({ type: 'varchar', length: 64 }) event: string;
  @Column({ name: 'change_type', type: 'varchar', length: 64, nullable: true }) changeType: string | null;
  @Column({ type: 'simple-json' }) payload: Record<string, string>;
  @Column({ name: 'processed_at', type: 'datetime', precision: 3, nullable: true }) processedAt: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @CreatedAt() createdAt: Date;
}
