import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { upsertRows } from '../../../database/upsert.js';
import type { ImportRowError } from '../entities/import-record.entity.js';

export interface ValidRow<T> {
  row: number;
  value: T;
}

export interface WriteOutcome {
  /** Rows refused while writing (unknown client, conflicts); every other row of the chunk was written. */
  errors: ImportRowError[];
  /** Clients whose data changed, for the portrait recompute and event linking. */
  clientIds: number[];
}

/** Writes one chunk of validated rows of one kind inside the caller's transaction. */
export interface ImportWriter<T> {
  write(manager: EntityManager, rows: ValidRow<T>[], now: Date): Promise<WriteOutcome>;
}

/** A row to upsert and the columns it may overwrite on conflict (only what the file supplied). */
export interface UpsertCandidate<T> {
  values: QueryDeepPartialEntity<T>;
  updates: string[];
}

/**
 * Upserts rows grouped by which columns they supply, so a cell left empty never blanks a stored value:
 * one multi-row statement per group (files are usually one group).
 */
export async function upsertSupplied<T extends ObjectLiteral>(repo: Repository<T>, rows: UpsertCandidate<T>[], conflict: string[]): Promise<void> {
  const groups = new Map<string, UpsertCandidate<T>[]>();
  for (const r of rows) {
    const key = [...r.updates].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) await upsertRows(repo, group.map((g) => g.values), conflict, group[0]!.updates);
}

/** Column names (for `updates`) of the optional fields a row supplied. */
export function suppliedColumns<T extends object>(row: T, columnOf: Partial<Record<keyof T, string[]>>): string[] {
  return (Object.keys(columnOf) as (keyof T)[]).filter((k) => row[k] !== undefined).flatMap((k) => columnOf[k] ?? []);
}

export const rowError = (row: number, field: string | null, code: string, message: string): ImportRowError => ({ row, field, code, message });
