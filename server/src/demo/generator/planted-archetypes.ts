import type { Archetype } from '@valuelens/contracts';
import { ARCHETYPE_NAMES_ZH, ENGINE_ARCHETYPES } from '../../modules/portrait/engine/archetype-catalog.js';
import { computePortrait } from '../../modules/portrait/engine/compute-portrait.js';
import type { RuleSet } from '../../modules/portrait/engine/rules.js';
import { generateDataset } from './generate.js';
import { toPortraitInput } from './to-portrait-input.js';
import type { GeneratorOptions } from './types.js';

export interface PlantedEvaluation {
  total: number;
  correct: number;
  accuracy: number;
  /** matrix[planted][computed] = number of clients. */
  matrix: Record<Archetype, Record<Archetype, number>>;
  /** Wall time of computePortrait alone, per client, in milliseconds. */
  computeMsPerClient: number;
}

function emptyMatrix(): Record<Archetype, Record<Archetype, number>> {
  const m = {} as Record<Archetype, Record<Archetype, number>>;
  for (const a of ENGINE_ARCHETYPES) {
    m[a] = {} as Record<Archetype, number>;
    for (const b of ENGINE_ARCHETYPES) m[a][b] = 0;
  }
  return m;
}

/** Generates clients, computes each portrait from behaviour only, and compares the top archetype with the planted one. */
export function evaluatePlantedArchetypes(options: GeneratorOptions, rules: RuleSet): PlantedEvaluation {
  const dataset = generateDataset(options);
  const matrix = emptyMatrix();
  let total = 0;
  let correct = 0;
  let computeMs = 0;
  for (const bundle of dataset.clients()) {
    const input = toPortraitInput(bundle, dataset.asOf);
    const started = performance.now();
    const portrait = computePortrait(input, rules);
    computeMs += performance.now() - started;
    const planted = bundle.planted.primary;
    matrix[planted][portrait.values.top]++;
    total++;
    if (portrait.values.top === planted) correct++;
  }
  return { total, correct, accuracy: total > 0 ? correct / total : 0, matrix, computeMsPerClient: total > 0 ? computeMs / total : 0 };
}

/** Confusion matrix as a Markdown table (rows: planted, columns: computed top archetype), for docs/BENCHMARKS.md. */
export function formatConfusionMatrix(evaluation: PlantedEvaluation): string {
  const header = `| planted \\ computed | ${ENGINE_ARCHETYPES.map((a) => a).join(' | ')} | recall |`;
  const rule = `|---|${ENGINE_ARCHETYPES.map(() => '---:').join('|')}|---:|`;
  const rows = ENGINE_ARCHETYPES.map((planted) => {
    const row = evaluation.matrix[planted];
    const n = ENGINE_ARCHETYPES.reduce((s, a) => s + row[a], 0);
    const recall = n > 0 ? `${Math.round((row[planted] / n) * 1000) / 10}%` : '–';
    return `| ${planted} ${ARCHETYPE_NAMES_ZH[planted]} | ${ENGINE_ARCHETYPES.map((a) => String(row[a])).join(' | ')} | ${recall} |`;
  });
  const footer = `\nTop-1 accuracy: ${evaluation.correct}/${evaluation.total} = ${Math.round(evaluation.accuracy * 1000) / 10}%`;
  return [header, rule, ...rows].join('\n') + footer;
}
