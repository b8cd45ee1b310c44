import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/timestamps.js';

/** Append-only record of who did what to which object (PII reveals, approvals, sends, logins, settings). */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId: number | null;
  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true }) actorRole: string | null;
  @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true }) targetType: string | null;
  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true }) targetId: string | null;
  @Column({ type: 'simple-json', nullable: true }) details: Record<string, unknown> | null;
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true }) requestId: string | null;
  @CreatedAt() createdAt: Date;
}
