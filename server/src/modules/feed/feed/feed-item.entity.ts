import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';

export const FEED_ITEM_TYPES = [
  'content_read',
  'content_forward',
  'watchlist_add',
  'product_view',
  'purchase',
  'redemption',
  'cash_in',
  'cash_out',
  'complaint',
  'client_added',
  'client_deleted',
  'advisor_deleted',
  'send',
  'follow_up',
] as const;
export type FeedItemType = (typeof FEED_ITEM_TYPES)[number];

export type FeedData = Record<string, unknown>;

/**
 * One thing a client did (or an advisor did for them), as a readable Chinese sentence. `source_ref`
 * names what produced it (a reading session, an ingested event, a send …) and is unique, so every
 * producer can write idempotently. A reading session is one item updated as heartbeats arrive.
 */
@Entity('feed_items')
export class FeedItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  /** The advisor involved (sender, link owner, follow relation), when there is one. */
  @Column({ name: 'staff_id', type: 'int', nullable: true }) staffId: number | null;
  @Column({ type: 'varchar', length: 24 }) type: FeedItemType;
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 }) occurredAt: Date;
  @Column({ name: 'text_zh', type: 'varchar', length: 500 }) textZh: string;
  @Column({ type: 'simple-json' }) data: FeedData;
  @Column({ name: 'source_ref', type: 'varchar', length: 191 }) sourceRef: string;
  /** Set when this item was folded into another one's sentence (a watchlist add right after a read). */
  @Column({ name: 'merged_into_id', type: 'int', nullable: true }) mergedIntoId: number | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
