import { describe, expect, it } from 'vitest';
import type { CampaignProgress } from '@/api/outreach.types';
import { funnelStages, settledPercent } from './campaign-status';

const progress = (overrides: Partial<CampaignProgress>): CampaignProgress => ({
  assigned: 0,
  pendingConfirm: 0,
  confirmed: 0,
  delivered: 0,
  failed: 0,
  cancelled: 0,
  tasksByStatus: {},
  opened: null,
  converted: null,
  ...overrides,
});

describe('campaign progress', () => {
  it('should keep all five funnel stages, showing untracked opens as zero', () => {
    const stages = funnelStages(progress({ assigned: 120, confirmed: 90, delivered: 85 }));

    expect(stages.map((stage) => [stage.key, stage.value])).toEqual([
      ['assigned', 120],
      ['confirmed', 90],
      ['delivered', 85],
      ['opened', 0],
      ['converted', 0],
    ]);
  });

  it('should count delivered, failed and cancelled clients as settled', () => {
    expect(settledPercent(progress({ assigned: 200, delivered: 120, failed: 20, cancelled: 10 }))).toBe(75);
    expect(settledPercent(progress({ assigned: 0 }))).toBe(0);
  });
});
