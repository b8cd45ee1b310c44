import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../database/timestamps.js';

/** A login session. Only the SHA-256 of the token is stored, so a database leak yields no usable session. */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 16 }) channel: 'sidebar' | 'admin';
  @Column({ name: 'expires_at', type: 'datetime', precision: 3 }) expiresAt: Date;
  @CreatedAt() createdAt: Date;
}
