import type { Archetype } from '@valuelens/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The latest portrait of a client: the columns other features filter and rank on (segments, recommendations,
 * alerts). The sidebar's view of it, evidence included, is its client_portrait_views row. On MySQL the rows are
 * clustered by (top_archetype, client_id), client_id staying unique, so a segment of one archetype reads one
 * contiguous range instead of a random lookup per client (migrations/1700300000002-portrait-views.ts).
 */
@Entity('client_portraits')
export class ClientPortrait {
  @PrimaryColumn({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'rule_version', type: 'varchar', length: 32 }) ruleVersion: string;
  @Column({ name: 'top_archetype', type: 'varchar', length: 16 }) topArchetype: Archetype;
  @Column({ name: 'archetype_weights', type: 'simple-json' }) archetypeWeights: Record<Archetype, number>;
  @Column({ name: 'trait_scores', type: 'simple-json' }) traitScores: Record<string, number>;
  @Column({ type: 'double' }) anxiety: number;
  @Column({ type: 'varchar', length: 32 }) framing: string;
  @Column({ type: 'varchar', length: 32 }) format: string;
  @Column({ type: 'varchar', length: 24 }) lifecycle: string;
  @Column({ name: 'value_group', type: 'varchar', length: 24 }) valueGroup: string;
  @Column({ name: 'summary_zh', type: 'varchar', length: 255 }) summaryZh: string;
  @Column({ name: 'computed_at', type: 'datetime', precision: 3 }) computedAt: Date;
}
