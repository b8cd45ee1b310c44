import type { Archetype } from '@valuelens/contracts';

/**
 * Runtime list of archetype ids in the engine. contracts/src/enums.ts is the source of truth; this copy exists only
 * because the engine must run under jest without the contracts package being built. The type checks below fail
 * compilation if the two ever drift.
 */
export const ENGINE_ARCHETYPES = ['security', 'growth', 'social', 'legacy', 'policy', 'technical', 'value', 'learner'] as const;

type EngineArchetype = (typeof ENGINE_ARCHETYPES)[number];
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const archetypeListMatchesContracts: Exact<EngineArchetype, Archetype> = true;
void archetypeListMatchesContracts;

/** Same labels as contracts' ARCHETYPE_LABELS_ZH (checked by the Record type: every id must be present). */
export const ARCHETYPE_NAMES_ZH: Readonly<Record<Archetype, string>> = {
  security: '稳健守护',
  growth: '进取增值',
  social: '社交认同',
  legacy: '传承责任',
  policy: '政策敏感',
  technical: '技术分析派',
  value: '价值投资派',
  learner: '认知进阶',
};
