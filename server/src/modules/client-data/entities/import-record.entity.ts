import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';

export const IMPORT_KINDS = ['clients', 'holdings', 'trades', 'cash_flows', 'questionnaires'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FORMATS = ['csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_STATUSES = ['succeeded', 'partial', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One problem with one input row; `row` is 1-based over data rows (the CSV header is not counted). */
export interface ImportRowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** What one batch import did: counts and the first errors (capped; the counts stay exact). */
@Entity('import_records')
export class ImportRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 24 }) kind: ImportKind;
  @Column({ type: 'varchar', length: 8 }) format: ImportFormat;
  @Column({ type: 'varchar', length: 16 }) status: ImportStatus;
  @Column({ type: 'int' }) total: number;
  @Column({ type: 'int' }) succeeded: number;
  @Column({ type: 'int' }) failed: number;
  @Column({ type: 'simple-json' }) errors: ImportRowError[];
  /** Staff who ran it through the API; null for the command line. */
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @CreatedAt() createdAt: Date;
}
