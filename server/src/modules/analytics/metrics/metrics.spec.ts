import { deriveMetrics } from './advisor-metrics.js';
import { addDays, dayKeyOf, dayStart, daysBetween, isDayKey, mondayOf } from './days.js';
import { DWELL_EDGES_MS, HANDLE_EDGES_MS, bucketOf, histogramOf, medianOf } from './histograms.js';
import { DWELL_COLUMNS, HANDLE_COLUMNS, emptyStats } from './window-stats.js';

describe('days (Asia/Shanghai)', () => {
  it('should name the local day of an instant and start days at local midnight', () => {
    expect(dayKeyOf(new Date('2026-11-19T16:00:00.000Z'))).toBe('2026-11-20');
    expect(dayKeyOf(new Date('2026-11-19T15:59:59.999Z'))).toBe('2026-11-19');
    expect(dayStart('2026-11-20').toISOString()).toBe('2026-11-19T16:00:00.000Z');
  });

  it('should walk days across month ends and find Mondays', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('should reject impossible dates', () => {
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-2-3')).toBe(false);
    expect(isDayKey('2026-02-28')).toBe(true);
  });
});

describe('histograms', () => {
  it('should have one stats column per bucket', () => {
    expect(DWELL_COLUMNS).toHaveLength(DWELL_EDGES_MS.length + 1);
    expect(HANDLE_COLUMNS).toHaveLength(HANDLE_EDGES_MS.length + 1);
  });

  it('should put edge values in the upper bucket', () => {
    expect(bucketOf(4_999, DWELL_EDGES_MS)).toBe(0);
    expect(bucketOf(5_000, DWELL_EDGES_MS)).toBe(1);
    expect(bucketOf(10_000_000, DWELL_EDGES_MS)).toBe(DWELL_EDGES_MS.length);
  });

  it('should interpolate the median inside its bucket and floor it in the open last bucket', () => {
    const edges = [10, 20, 40];
    expect(medianOf(histogramOf([12, 14, 16, 18], edges), edges)).toBe(15);
    expect(medianOf(histogramOf([1, 25, 30], edges), edges)).toBe(25);
    expect(medianOf(histogramOf([50, 60], edges), edges)).toBe(40);
    expect(medianOf([0, 0, 0, 0], edges)).toBeNull();
  });
});

describe('deriveMetrics', () => {
  it('should turn counters into rates, averages and medians', () => {
    const stats = {
      ...emptyStats(),
      clients_eod: 4,
      contactedClients: 3,
      sends_chat: 2,
      sends_mass: 5,
      tasks_assigned: 4,
      tasks_confirmed: 3,
      open_views: 2,
      dwell_ms_sum: 50_000,
      dwell_b2: 1,
      dwell_b3: 1,
      alerts_created: 4,
      alerts_handled: 3,
      handle_b0: 1,
      handle_b3: 1,
      handle_b4: 1,
      net_flow: 1234.567,
    };
    const metrics = deriveMetrics(stats);
    expect(metrics).toMatchObject({ clients: 4, coverage: 0.75, sendsTotal: 7, confirmationRate: 0.75, avgDwellSec: 25, medianDwellSec: 30, handledWithin24hRate: 0.5, netFlow: 1234.57 });
    // 3 handled of which the middle (rank 1.5 of 3) falls in [8 h, 24 h): 8 + 0.5/1 × 16 = 16 h
    expect(metrics.medianHandleHours).toBe(16);
  });

  it('should answer null, not zero, for rates without a denominator, and cap coverage at 1', () => {
    const metrics = deriveMetrics({ ...emptyStats(), contactedClients: 5, clients_eod: 2 });
    expect(metrics.coverage).toBe(1);
    expect(metrics.confirmationRate).toBeNull();
    expect(metrics.avgDwellSec).toBeNull();
    expect(metrics.medianHandleHours).toBeNull();
    expect(deriveMetrics(emptyStats()).coverage).toBeNull();
  });
});
