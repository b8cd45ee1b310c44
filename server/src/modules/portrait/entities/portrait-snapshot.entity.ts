import type { Archetype } from '@valuelens/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';

/** A client's archetype weights as first computed in a month: the points of the cognitive trajectory. */
@Entity('portrait_snapshots')
export class PortraitSnapshot {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  /** 'YYYY-MM' in China Standard Time. */
  @Column({ type: 'varchar', length: 7 }) month: string;
  @Column({ name: 'archetype_weights', type: 'simple-json' }) archetypeWeights: Record<Archetype, number>;
  @Column({ name: 'top_archetype', type: 'varchar', length: 16 }) topArchetype: Archetype;
  @CreatedAt() createdAt: Date;
}
