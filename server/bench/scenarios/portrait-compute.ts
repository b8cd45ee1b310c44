import { computePortrait } from '../../src/modules/portrait/engine/compute-portrait.js';
import { DEFAULT_RULES } from '../../src/modules/portrait/engine/default-rules.js';
import { generateDataset } from '../../src/demo/generator/generate.js';
import { toPortraitInput } from '../../src/demo/generator/to-portrait-input.js';
import { evaluatePlantedArchetypes, formatConfusionMatrix } from '../../src/demo/generator/planted-archetypes.js';
import type { Scenario } from '../harness/types.js';

/**
 * The engine alone (no database): portraits per second on one core, and the planted-archetype
 * accuracy on the same generated clients. The database-backed full recompute is its own scenario.
 */
export const portraitComputeScenario: Scenario = {
  name: 'portrait-engine',
  usesDatabase: false,
  async run(options) {
    const clients = options.quick ? 5000 : 20000;
    const dataset = generateDataset({ branches: 10, advisorsPerBranch: 10, clients, eventsPerClient: 100, months: 12, seed: 7 });
    const asOf = dataset.asOf;
    const inputs = [];
    for (const bundle of dataset.clients()) inputs.push(toPortraitInput(bundle, asOf));
    for (const input of inputs.slice(0, 200)) computePortrait(input, DEFAULT_RULES); // warm-up
    const start = performance.now();
    for (const input of inputs) computePortrait(input, DEFAULT_RULES);
    const ms = performance.now() - start;
    const evaluation = evaluatePlantedArchetypes({ branches: 6, advisorsPerBranch: 5, clients: 2000, eventsPerClient: 100, months: 6, seed: 42 }, DEFAULT_RULES);
    return [
      {
        scenario: 'portrait-engine',
        metric: 'compute per client',
        value: ms / clients,
        unit: 'ms',
        scale: `${clients} clients, ~100 events each`,
        database: 'none',
        notes: `${Math.round((clients / ms) * 1000)} portraits/s on one core`,
      },
      {
        scenario: 'portrait-engine',
        metric: 'planted archetype accuracy',
        value: evaluation.accuracy * 100,
        unit: '%',
        target: '≥ 80 %',
        scale: '2000 clients, 6 months, seed 42',
        database: 'none',
        details: `Planted archetype (rows) against the computed top archetype (columns):\n\n${formatConfusionMatrix(evaluation)}`,
      },
    ];
  },
};
