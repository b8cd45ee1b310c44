import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ARCHETYPES, type Archetype } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { PREFERRED_FORMATS, type PreferredFormat } from '../../portrait/engine/derive/format.js';
import { RECOMMENDED_FRAMINGS, type RecommendedFraming } from '../../portrait/engine/derive/framing.js';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../portrait/engine/derive/lifecycle.js';
import type { PortraitColumns } from '../../portrait/profile/recommendation-source.js';
import type { PortraitFacts } from './recommendation-scoring.js';

interface PortraitRow {
  top_archetype: string | null;
  archetype_weights: unknown;
  trait_scores: unknown;
  framing: string | null;
  format: string | null;
  lifecycle: string | null;
}

/**
 * Reads the computed portrait straight from client_portraits (owned by the portrait feature) so the
 * library depends on the table's documented columns, not on that feature's classes.
 */
@Injectable()
export class PortraitReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forClient(clientId: number): Promise<PortraitFacts | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select(['p.top_archetype AS top_archetype', 'p.archetype_weights AS archetype_weights', 'p.trait_scores AS trait_scores'])
      .addSelect(['p.framing AS framing', 'p.format AS format', 'p.lifecycle AS lifecycle'])
      .from('client_portraits', 'p')
      .where('p.client_id = :clientId', { clientId })
      .getRawOne<PortraitRow>()
      .catch((error: unknown) => {
        // A deployment without the portrait tables yet ranks without a portrait instead of failing.
        if (/no such table|ER_NO_SUCH_TABLE|doesn't exist/i.test(String((error as Error).message ?? error))) return undefined;
        throw error;
      });
    if (!row) return null;
    return portraitFacts({
      topArchetype: row.top_archetype,
      archetypeWeights: row.archetype_weights,
      traitScores: row.trait_scores,
      framing: row.framing,
      format: row.format,
      lifecycle: row.lifecycle,
    });
  }
}

/** The ranking facts of a stored portrait, keeping only known values. */
export function portraitFacts(columns: PortraitColumns): PortraitFacts {
  return {
    topArchetype: oneOf(ARCHETYPES, columns.topArchetype),
    archetypeWeights: numbersByKey(columns.archetypeWeights, ARCHETYPES) as Partial<Record<Archetype, number>>,
    traitScores: numbersByKey(columns.traitScores, null),
    framing: oneOf<RecommendedFraming>(RECOMMENDED_FRAMINGS, columns.framing),
    format: oneOf<PreferredFormat>(PREFERRED_FORMATS, columns.format),
    lifecycle: oneOf<LifecycleStage>(LIFECYCLE_STAGES, columns.lifecycle),
  };
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** JSON text (simple-json) or an already-parsed object (MySQL JSON) → finite numbers by key. */
function numbersByKey(value: unknown, allowedKeys: readonly string[] | null): Record<string, number> {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (parsed === null || typeof parsed !== 'object') return {};
  // One pass without filter/fromEntries copies: this runs for every profile and every ranked client.
  const numbers: Record<string, number> = {};
  for (const [key, n] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof n === 'number' && Number.isFinite(n) && (allowedKeys === null || allowedKeys.includes(key))) numbers[key] = n;
  }
  return numbers;
}
