import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UaClass } from '../landing/bot-filter.js';

/**
 * One viewer of one tracked link. The first viewer of a token is the client it was sent to; any other
 * viewer (a different viewer-id cookie) is someone the link was forwarded to (`isForward`), whose
 * reading never counts as the client's dwell.
 */
@Entity('link_views')
export class LinkView {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32 }) token: string;
  @Column({ name: 'viewer_id', type: 'varchar', length: 32 }) viewerId: string;
  @Column({ name: 'client_id', type: 'int', nullable: true }) clientId: number | null;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ name: 'version_id', type: 'int' }) versionId: number;
  @Column({ name: 'is_forward', type: 'boolean', default: false }) isForward: boolean;
  @Column({ name: 'ua_class', type: 'varchar', length: 16 }) uaClass: UaClass;
  @Column({ name: 'first_seen_at', type: 'datetime', precision: 3 }) firstSeenAt: Date;
  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 }) lastSeenAt: Date;
  /** Visible time only (document.visibilityState === 'visible'), summed over every session. */
  @Column({ name: 'dwell_ms', type: 'int', default: 0 }) dwellMs: number;
  @Column({ name: 'max_scroll_pct', type: 'int', default: 0 }) maxScrollPct: number;
  @Column({ type: 'int', default: 0 }) clicks: number;
  @Column({ type: 'int', default: 0 }) shares: number;
  @Column({ name: 'session_id', type: 'varchar', length: 24 }) sessionId: string;
  @Column({ name: 'session_started_at', type: 'datetime', precision: 3 }) sessionStartedAt: Date;
  @Column({ name: 'session_dwell_ms', type: 'int', default: 0 }) sessionDwellMs: number;
}
