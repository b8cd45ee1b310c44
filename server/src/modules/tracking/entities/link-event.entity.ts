import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const LINK_EVENT_TYPES = ['open', 'click', 'share'] as const;
export type LinkEventType = (typeof LINK_EVENT_TYPES)[number];

/** A discrete action on a landing page (heartbeats and scrolls only update link_views). */
@Entity('link_events')
export class LinkEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'varchar', length: 32 }) token: string;
  @Column({ name: 'viewer_id', type: 'varchar', length: 32 }) viewerId: string;
  @Column({ name: 'session_id', type: 'varchar', length: 24 }) sessionId: string;
  @Column({ type: 'varchar', length: 16 }) type: LinkEventType;
  @Column({ type: 'datetime', precision: 3 }) at: Date;
  @Column({ type: 'simple-json', nullable: true }) data: Record<string, string | number | boolean> | null;
}
