import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { ScreeningCategory, ScreeningLevel } from '../rules/screening/screening.types.js';

/** One forbidden or cautionary wording, maintained by compliance in the admin. */
@Entity('lexicon_entries')
export class LexiconEntryRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) term: string;
  @Column({ type: 'varchar', length: 8 }) level: ScreeningLevel;
  @Column({ type: 'varchar', length: 32 }) category: ScreeningCategory;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) suggestion: string | null;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Column({ name: 'updated_by', type: 'int', nullable: true }) updatedBy: number | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/**
 * A single-row counter bumped on every lexicon write. Each process compares it with the version its
 * compiled screener was built from, so every instance picks up a change (DESIGN §4, stateless servers).
 * Version 0 means "never seeded".
 */
@Entity('lexicon_versions')
export class LexiconVersion {
  @PrimaryColumn({ type: 'int' }) id: number;
  @Column({ type: 'int' }) version: number;
  @UpdatedAt() updatedAt: Date;
}
