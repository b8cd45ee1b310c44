import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';
import type { TagSource } from './client-tag.entity.js';

/** Append-only: every tag added to or removed from a client, by whom and why. */
@Entity('client_tag_history')
export class ClientTagHistory {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'tag_key', type: 'varchar', length: 32 }) tagKey: string;
  @Column({ type: 'varchar', length: 8 }) action: 'add' | 'remove';
  @Column({ type: 'varchar', length: 16 }) source: TagSource;
  @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) reason: string | null;
  @CreatedAt() createdAt: Date;
}
