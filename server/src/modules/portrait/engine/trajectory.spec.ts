import type { Archetype } from '@valuelens/contracts';
import { ENGINE_ARCHETYPES } from './archetype-catalog.js';
import type { ArchetypeSnapshot } from './inputs.js';
import { RULES } from './testing/fixtures.js';
import { detectTrajectory } from './trajectory.js';

function snapshot(month: string, main: Partial<Record<Archetype, number>>): ArchetypeSnapshot {
  const weights = {} as Record<Archetype, number>;
  const rest = 1 - Object.values(main).reduce((s, x) => s + (x ?? 0), 0);
  const others = ENGINE_ARCHETYPES.filter((a) => main[a] === undefined);
  for (const a of ENGINE_ARCHETYPES) weights[a] = main[a] ?? rest / others.length;
  return { month, weights };
}

describe('detectTrajectory', () => {
  it('should phrase a lasting move from technical to value', () => {
    const history = [
      snapshot('2026-01', { technical: 0.6, value: 0.1 }),
      snapshot('2026-02', { technical: 0.6, value: 0.1 }),
      snapshot('2026-03', { technical: 0.55, value: 0.15 }),
      snapshot('2026-04', { technical: 0.2, value: 0.6 }),
      snapshot('2026-05', { technical: 0.1, value: 0.7 }),
      snapshot('2026-06', { technical: 0.1, value: 0.7 }),
    ];
    const t = detectTrajectory(history, RULES);
    expect(t.textZh).toBe('从技术分析派转向价值投资派');
    expect(t.shifts).toHaveLength(1);
    expect(t.shifts[0]).toMatchObject({ from: 'technical', to: 'value', month: '2026-05' });
  });

  it('should ignore a near-tie flicker', () => {
    const history = [
      snapshot('2026-01', { growth: 0.3, technical: 0.28 }),
      snapshot('2026-02', { growth: 0.28, technical: 0.3 }),
      snapshot('2026-03', { growth: 0.3, technical: 0.28 }),
      snapshot('2026-04', { growth: 0.27, technical: 0.31 }),
    ];
    expect(detectTrajectory(history, RULES)).toEqual({ shifts: [], textZh: '' });
  });

  it('should need at least two snapshots', () => {
    expect(detectTrajectory([snapshot('2026-01', { value: 0.9 })], RULES).shifts).toEqual([]);
  });
});
