import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';

/**
 * An unguessable token per (send, client, content version) — 128 random bits, base64url — carried
 * in the link the client opens (/t/:token). No PII in the URL.
 *
 * A mass send puts the same message in front of every recipient, so its link identifies the campaign
 * task (one advisor's WeCom task) instead of one send: then send_id and client_id are NULL and
 * campaign_id / task_id say where the open came from.
 */
@Entity('tracked_links')
export class TrackedLink {
  @PrimaryColumn({ type: 'varchar', length: 32 }) token: string;
  @Column({ name: 'send_id', type: 'int', nullable: true }) sendId: number | null;
  @Column({ name: 'client_id', type: 'int', nullable: true }) clientId: number | null;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ name: 'campaign_id', type: 'int', nullable: true }) campaignId: number | null;
  @Column({ name: 'task_id', type: 'int', nullable: true }) taskId: number | null;
  @Column({ name: 'content_kind', type: 'varchar', length: 16 }) contentKind: 'script' | 'material';
  @Column({ name: 'content_id', type: 'int' }) contentId: number;
  @Column({ name: 'version_id', type: 'int' }) versionId: number;
  @Column({ name: 'variant_id', type: 'int', nullable: true }) variantId: number | null;
  @CreatedAt() createdAt: Date;
}
