import { DEFAULT_RULES } from '../../modules/portrait/engine/default-rules.js';
import { evaluatePlantedArchetypes, formatConfusionMatrix } from './planted-archetypes.js';

/**
 * The engine sees only behaviour (toPortraitInput drops the planted label); the generator mixes archetypes, thins
 * some clients' data and adds reading noise. The bar: the computed top archetype matches the planted primary one for
 * at least 80 % of clients.
 */
describe('planted archetypes', () => {
  it('should recover the planted primary archetype for at least 80 % of 2,000 generated clients', () => {
    const evaluation = evaluatePlantedArchetypes(
      { branches: 6, advisorsPerBranch: 5, clients: 2000, eventsPerClient: 100, months: 6, seed: 42 },
      DEFAULT_RULES,
    );
    console.log(`${formatConfusionMatrix(evaluation)}\ncompute: ${evaluation.computeMsPerClient.toFixed(3)} ms/client`);
    expect(evaluation.total).toBe(2000);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
