import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/timestamps.js';

/** A key for machine callers (data feeds). Only its SHA-256 is stored; `prefix` lets people tell keys apart. */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ name: 'key_hash', type: 'varchar', length: 64 }) keyHash: string;
  @Column({ type: 'varchar', length: 12 }) prefix: string;
  @Column({ type: 'varchar', length: 32, default: 'ingest' }) scope: string;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @Column({ name: 'last_used_at', type: 'datetime', precision: 3, nullable: true }) lastUsedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true }) revokedAt: Date | null;
  @CreatedAt() createdAt: Date;
}
