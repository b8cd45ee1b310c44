import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';

export const TAG_LAYERS = ['values', 'psychology', 'custom'] as const;
export type TagLayer = (typeof TAG_LAYERS)[number];
export const TAG_SOURCES = ['computed', 'manual'] as const;
export type TagSource = (typeof TAG_SOURCES)[number];

/**
 * A tag on a client, one row per (client, key, source). Computed rows follow the portrait; a manual row is an
 * advisor's decision about that key (active = added, inactive = removed) and overrides the computed row.
 */
@Entity('client_tags')
export class ClientTag {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'tag_key', type: 'varchar', length: 32 }) tagKey: string;
  @Column({ type: 'varchar', length: 16 }) layer: TagLayer;
  @Column({ name: 'label_zh', type: 'varchar', length: 64 }) labelZh: string;
  @Column({ type: 'varchar', length: 16 }) source: TagSource;
  @Column({ type: 'double', nullable: true }) score: number | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) reason: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
