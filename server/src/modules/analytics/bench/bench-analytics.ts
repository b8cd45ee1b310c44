import type { DataSource } from 'typeorm';
import { hashPassword } from '../../../common/auth/password.js';
import { Rng } from '../../../demo/generator/prng.js';
import { Department } from '../../org/department.entity.js';
import { Staff } from '../../org/staff.entity.js';
import { insertRows } from '../../../database/raw-insert.js';
import { addDays, type DayKey, dayKeyOf } from '../metrics/days.js';
import { STAT_COLUMNS } from '../metrics/window-stats.js';
import { rebuildCumulative } from '../rollup/cumulative.js';
import { NEVER_REACHED } from '../rollup/reach-facts.js';

export interface AnalyticsBenchOptions {
  dataSource: DataSource;
  /** Where the server listens, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  advisors?: number;
  days?: number;
  branches?: number;
  /** Measured requests (after WARM_UP unmeasured ones), sent one after another. */
  requests?: number;
  /** The last day of the generated history (defaults to today in Asia/Shanghai). */
  lastDay?: DayKey;
  seed?: number;
}

export interface AnalyticsBenchResult {
  advisors: number;
  days: number;
  statRows: number;
  reachRows: number;
  seedMs: number;
  /** Rebuilding the running totals for the whole history (what a full backfill adds to the rollup). */
  cumulativeRebuildMs: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The same for one branch (departmentId filter: path-prefix subtree), as a manager's page does. */
  branchP95Ms: number;
  /** What the generated rows add up to (checked against the endpoint's totals by the caller). */
  expectedSendsTotal: number;
  answeredSendsTotal: number;
}

const WARM_UP = 10;
const SORTS = ['sendsTotal', 'coverage', 'confirmationRate', 'medianDwellSec', 'netFlow', 'conversions'];
const BENCH_PASSWORD = 'Bench-Analytics-Pass-1';

/**
 * "Analytics for 500 advisors over 90 days answer in ≤ 300 ms p95": seeds an org (HQ → branches →
 * offices → advisors) and `advisors × days` rollup rows (daily stats, reach rows, then the running
 * totals built as the rollup job builds them), logs in as HQ and times GET /api/analytics/advisors over
 * the whole range, then for single branches. Run against an empty database.
 */
export async function benchAnalytics(options: AnalyticsBenchOptions): Promise<AnalyticsBenchResult> {
  const advisors = options.advisors ?? 500;
  const days = options.days ?? 90;
  const requests = options.requests ?? 200;
  const lastDay = options.lastDay ?? dayKeyOf(new Date());
  const firstDay = addDays(lastDay, 1 - days);
  const seedStarted = performance.now();
  const { branchIds, staffIds, username } = await seedOrg(options.dataSource, advisors, options.branches ?? 10);
  const seeded = await seedRollups(options.dataSource, staffIds, firstDay, days, new Rng(options.seed ?? 42));
  const seedMs = performance.now() - seedStarted;

  const token = await login(options.baseUrl, username);
  const query = `from=${firstDay}&to=${lastDay}&pageSize=50`;
  const timeRequests = async (count: number, path: (i: number) => string): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + count; i += 1) {
      const started = performance.now();
      const res = await fetch(`${options.baseUrl}${path(i)}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`analytics answered ${res.status}`);
      if (i >= WARM_UP) times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b);
  };
  const all = await timeRequests(requests, (i) => `/api/analytics/advisors?${query}&sort=${SORTS[i % SORTS.length]}`);
  const branch = await timeRequests(Math.max(20, Math.floor(requests / 4)), (i) => `/api/analytics/advisors?${query}&departmentId=${branchIds[i % branchIds.length]}`);
  const totals = (await (await fetch(`${options.baseUrl}/api/analytics/advisors?${query}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { totals: { sendsTotal: number } };
  return {
    advisors,
    days,
    statRows: seeded.statRows,
    reachRows: seeded.reachRows,
    seedMs: Math.round(seedMs),
    cumulativeRebuildMs: Math.round(seeded.cumulativeMs),
    requests,
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    p99Ms: round(percentile(all, 99)),
    branchP95Ms: round(percentile(branch, 95)),
    expectedSendsTotal: seeded.sendsTotal,
    answeredSendsTotal: totals.totals.sendsTotal,
  };
}

async function seedOrg(ds: DataSource, advisors: number, branches: number): Promise<{ branchIds: number[]; staffIds: number[]; username: string }> {
  const departments = ds.getRepository(Department);
  const place = async (name: string, parent: Department | null): Promise<Department> => {
    const saved = await departments.save(departments.create({ name, parentId: parent?.id ?? null, path: '' }));
    saved.path = `${parent?.path ?? '/'}${saved.id}/`;
    await departments.update({ id: saved.id }, { path: saved.path });
    return saved;
  };
  const root = await place('总部', null);
  const offices: Department[] = [];
  const branchIds: number[] = [];
  for (let b = 0; b < branches; b += 1) {
    const branch = await place(`分公司${b + 1}`, root);
    branchIds.push(branch.id);
    for (let o = 0; o < 5; o += 1) offices.push(await place(`营业部${b + 1}-${o + 1}`, branch));
  }
  const staff = ds.getRepository(Staff);
  const username = `bench-hq-${Date.now().toString(36)}`;
  await staff.save(staff.create({ name: '基准测试', role: 'hq', username, passwordHash: await hashPassword(BENCH_PASSWORD), departmentId: root.id, status: 'active' }));
  const rows = Array.from({ length: advisors }, (_, i) => staff.create({ name: `顾问${i + 1}`, role: 'advisor', wecomUserId: `bench-${username}-${i}`, departmentId: offices[i % offices.length]!.id, status: 'active' }));
  const saved = await staff.save(rows, { chunk: 200 });
  return { branchIds, staffIds: saved.map((s) => s.id), username };
}

async function seedRollups(ds: DataSource, staffIds: number[], firstDay: DayKey, days: number, rng: Rng) {
  const int = (max: number): number => Math.floor(rng.next() * (max + 1));
  const statRows: (string | number | Date)[][] = [];
  const reachRows: (string | number)[][] = [];
  let sendsTotal = 0;
  const computedAt = new Date();
  for (const staffId of staffIds) {
    const clients = 150 + int(100);
    for (let d = 0; d < days; d += 1) {
      const day = addDays(firstDay, d);
      const values = Object.fromEntries(STAT_COLUMNS.map((column) => [column, int(column.startsWith('handle_b') || column.startsWith('dwell_b') ? 5 : 20)]));
      values.clients_eod = clients;
      values.dwell_ms_sum = int(600_000);
      values.handle_ms_sum = int(50 * 3_600_000);
      values.net_flow = Math.round((rng.next() - 0.4) * 500_000);
      sendsTotal += values.sends_chat! + values.sends_mass! + values.sends_group_mass! + values.sends_moments! + values.sends_share!;
      statRows.push([staffId, day, ...STAT_COLUMNS.map((column) => values[column]!), computedAt]);
      const earlier = d > 0 ? addDays(firstDay, int(d - 1)) : addDays(firstDay, -1 - int(30));
      reachRows.push([staffId, 'contact', day, NEVER_REACHED, int(10)], [staffId, 'contact', day, earlier, int(15)], [staffId, 'open', day, NEVER_REACHED, int(8)], [staffId, 'open', day, earlier, int(8)]);
    }
  }
  await insertRows(ds, 'advisor_daily_stats', ['staff_id', 'day', ...STAT_COLUMNS, 'computed_at'], statRows, 200);
  await insertRows(ds, 'advisor_daily_reach', ['staff_id', 'kind', 'day', 'prev_day', 'clients'], reachRows, 1000);
  const cumulativeStarted = performance.now();
  await rebuildCumulative(ds, firstDay);
  return { statRows: statRows.length, reachRows: reachRows.length, sendsTotal, cumulativeMs: performance.now() - cumulativeStarted };
}

async function login(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  if (res.status !== 200) throw new Error(`bench login failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
