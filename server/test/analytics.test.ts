import { EventEmitter2 } from '@nestjs/event-emitter';
import { windowOfDays } from '../src/modules/analytics/metrics/days.js';
import { deriveMetrics } from '../src/modules/analytics/metrics/advisor-metrics.js';
import { WindowStatsSource } from '../src/modules/analytics/rollup/window-stats.source.js';
import { SEND_RECORDED } from '../src/modules/outreach/sends/send-events.js';
import { NOW, PASSWORD, addSend, buildAnalyticsWorld, local } from './analytics-fixtures.js';
import { readStoredZip, sheetRows } from './analytics-zip-reader.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

type World = Awaited<ReturnType<typeof buildAnalyticsWorld>>;
type Row = { staffId: number; name: string; metrics: Record<string, number | null> };

describe.each(TEST_ENGINES)('manager analytics on %s', (engine) => {
  let t: TestApp;
  let world: World;
  const tokens: Record<string, string> = {};
  const get = (who: string, path: string) => t.http().get(path).set('Authorization', `Bearer ${tokens[who]}`);
  const rowsOf = (body: { items: Row[] }): Record<string, Row> => Object.fromEntries(body.items.map((row) => [row.name, row]));

  beforeAll(async () => {
    t = await startTestApp({ engine });
    t.clock.set(NOW);
    world = await buildAnalyticsWorld(t.dataSource);
    for (const [key, staff] of Object.entries(world.staff)) tokens[key] = await t.login(staff.username!, PASSWORD);
    const started = await t.http().post('/api/analytics/rollup').set('Authorization', `Bearer ${tokens.hq}`).send({ from: '2026-11-01', to: '2026-11-20' });
    expect(started.status).toBe(202);
    await t.running.queue.drain();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it("should compute every metric of an advisor's range exactly", async () => {
    const res = await get('hq', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20');
    expect(res.status).toBe(200);
    expect(rowsOf(res.body)['顾问甲']!.metrics).toEqual({
      clients: 4,
      newClients: 1,
      lostClients: 1,
      contactedClients: 3,
      coverage: 0.75,
      sendsChat: 3,
      sendsMass: 1,
      sendsGroupMass: 0,
      sendsMoments: 0,
      sendsShare: 0,
      sendsTotal: 4,
      massTasksAssigned: 2,
      massTasksConfirmed: 1,
      confirmationRate: 0.5,
      openedClients: 2,
      openViews: 3,
      avgDwellSec: 22.7,
      // 3 s | 20 s | 45 s in buckets [0,5) [15,30) [30,60): the middle rank 1.5 sits halfway through [15,30)
      medianDwellSec: 22.5,
      alertsCreated: 3,
      alertsHandled: 2,
      // 2 h and 30 h: rank 1 of 2 is the whole of [1 h, 4 h)
      medianHandleHours: 4,
      handledWithin24hRate: 0.3333,
      conversions: 1,
      netFlow: 8500,
      complianceFlags: 1,
    });
    expect(res.body.total).toBe(3);
    expect(res.body.totals.sendsTotal).toBe(4 + 1 + 2);
  });

  it('should rank by any metric, nulls last, and page', async () => {
    const bySends = await get('hq', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20&sort=sendsTotal&order=desc');
    expect(bySends.body.items.map((r: Row) => r.name)).toEqual(['顾问甲', '顾问丙', '顾问乙']);
    const byRate = await get('hq', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20&sort=confirmationRate&order=asc&page=1&pageSize=2');
    expect(byRate.body.items.map((r: Row) => r.name)).toEqual(['顾问甲', '顾问乙']);
    expect(byRate.body.items[1].metrics.confirmationRate).toBeNull();
    expect(byRate.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
  });

  it('should agree with the direct computation from the source tables for a sub-range', async () => {
    const direct = await t.running.app.get(WindowStatsSource).compute(windowOfDays('2026-11-12', '2026-11-16'), { distinct: true });
    const res = await get('hq', '/api/analytics/advisors?from=2026-11-12&to=2026-11-16');
    for (const advisor of [world.staff.a1, world.staff.a2, world.staff.b1]) {
      const row = (res.body.items as Row[]).find((r) => r.staffId === advisor.id)!;
      const stats = direct.get(advisor.id);
      expect(stats).toBeDefined();
      expect(row.metrics).toEqual(deriveMetrics(stats!));
    }
    // c3 (11-12), c1 (11-13: its earlier reach on 11-11 lies before the range, so it counts) and c2 (11-14)
    expect((res.body.items as Row[]).find((r) => r.staffId === world.staff.a1.id)!.metrics.contactedClients).toBe(3);
  });

  it('should limit a manager to their subtree and answer 404 for another branch', async () => {
    const own = await get('shManager', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20');
    expect(own.body.items.map((r: Row) => r.name).sort()).toEqual(['顾问乙', '顾问甲'].sort());
    const narrowed = await get('shManager', `/api/analytics/advisors?departmentId=${world.departments.office.id}`);
    expect(narrowed.status).toBe(200);
    expect((await get('shManager', `/api/analytics/advisors?departmentId=${world.departments.beijing.id}`)).status).toBe(404);
    expect((await get('shManager', `/api/analytics/advisors/${world.staff.b1.id}/trend`)).status).toBe(404);
    expect((await get('bjManager', `/api/analytics/advisors/${world.staff.a1.id}/clients`)).status).toBe(404);
    const hqFiltered = await get('hq', `/api/analytics/advisors?from=2026-11-10&to=2026-11-20&departmentId=${world.departments.beijing.id}`);
    expect(hqFiltered.body.items.map((r: Row) => r.name)).toEqual(['顾问丙']);
  });

  it('should show an advisor only themself', async () => {
    const res = await get('a1', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20');
    expect(res.body.items.map((r: Row) => r.name)).toEqual(['顾问甲']);
    expect((await get('a1', `/api/analytics/advisors/${world.staff.a2.id}/trend`)).status).toBe(404);
  });

  it("should export only the manager's advisors as CSV with a BOM", async () => {
    const res = await get('shManager', '/api/analytics/advisors/export?format=csv&from=2026-11-10&to=2026-11-20').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n').map((line) => line.split(','));
    expect(lines[0]!.slice(0, 4)).toEqual(['员工ID', '员工', '部门', '期末客户数']);
    expect(lines.slice(1).map((cells) => cells[1]).sort()).toEqual(['顾问乙', '顾问甲'].sort());
    const a1 = lines.find((cells) => cells[1] === '顾问甲')!;
    expect(a1[lines[0]!.indexOf('资金净流入(元)')]).toBe('8500');
  });

  it("should export only the manager's advisors as a well-formed XLSX", async () => {
    const res = await get('shManager', '/api/analytics/advisors/export?format=xlsx&from=2026-11-10&to=2026-11-20')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(".xlsx");
    const parts = readStoredZip(res.body as Buffer);
    expect([...parts.keys()]).toContain('[Content_Types].xml');
    const rows = sheetRows(parts.get('xl/worksheets/sheet1.xml')!.toString('utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['员工ID', '员工', '部门']);
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(['顾问乙', '顾问甲'].sort());
    const a1 = rows.find((row) => row[1] === '顾问甲')!;
    expect(a1[rows[0]!.indexOf('发送合计')]).toBe(4);
  });

  it('should give weekly and daily trends that add up to the range', async () => {
    const weekly = await get('shManager', `/api/analytics/advisors/${world.staff.a1.id}/trend?from=2026-11-10&to=2026-11-20&granularity=week`);
    expect(weekly.status).toBe(200);
    expect(weekly.body.points.map((p: { period: string; periodEnd: string }) => [p.period, p.periodEnd])).toEqual([
      ['2026-11-10', '2026-11-15'],
      ['2026-11-16', '2026-11-20'],
    ]);
    expect(weekly.body.points.map((p: { metrics: Row['metrics'] }) => [p.metrics.sendsTotal, p.metrics.contactedClients, p.metrics.clients])).toEqual([
      [4, 3, 4],
      [0, 0, 4],
    ]);
    const daily = await get('shManager', `/api/analytics/advisors/${world.staff.a1.id}/trend?from=2026-11-10&to=2026-11-20`);
    expect(daily.body.points).toHaveLength(11);
    expect(daily.body.points.reduce((sum: number, p: { metrics: Row['metrics'] }) => sum + (p.metrics.openViews ?? 0), 0)).toBe(3);
  });

  it("should drill down into an advisor's clients", async () => {
    const res = await get('shManager', `/api/analytics/advisors/${world.staff.a1.id}/clients?from=2026-11-10&to=2026-11-20&sort=sends`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(5);
    const c1 = res.body.items.find((row: { clientId: number }) => row.clientId === world.clients.c1.id);
    expect(c1).toMatchObject({ name: '王女士', sends: 2, openViews: 2, dwellSec: 23, conversions: 1, netFlow: 7500 });
    expect(res.body.items[0].clientId).toBe(world.clients.c1.id);
  });

  it('should roll branches up for HQ only', async () => {
    const res = await get('hq', '/api/analytics/branches?from=2026-11-10&to=2026-11-20');
    expect(res.status).toBe(200);
    expect(res.body.items.map((b: { name: string; advisors: number; metrics: Row['metrics'] }) => [b.name, b.advisors, b.metrics.sendsTotal])).toEqual([
      ['上海分公司', 2, 5],
      ['北京分公司', 1, 2],
    ]);
    expect((await get('shManager', '/api/analytics/branches')).status).toBe(403);
  });

  it('should reject malformed and reversed ranges', async () => {
    expect((await get('hq', '/api/analytics/advisors?from=2026-11-31')).status).toBe(400);
    expect((await get('hq', '/api/analytics/advisors?from=2026-11-20&to=2026-11-10')).status).toBe(400);
  });

  it('should carry a re-rolled past day into every later range', async () => {
    const before = await get('hq', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20');
    expect(rowsOf(before.body)['顾问丙']!.metrics.sendsChat).toBe(1);
    await addSend(t.dataSource, world.staff.b1, world.clients.c7, 'chat', local('2026-11-12 16:00'));
    const started = await t.http().post('/api/analytics/rollup').set('Authorization', `Bearer ${tokens.hq}`).send({ from: '2026-11-12', to: '2026-11-12' });
    expect(started.status).toBe(202);
    await t.running.queue.drain();
    const after = await get('hq', '/api/analytics/advisors?from=2026-11-10&to=2026-11-20');
    expect(rowsOf(after.body)['顾问丙']!.metrics.sendsChat).toBe(2);
    const later = await get('hq', '/api/analytics/advisors?from=2026-11-13&to=2026-11-20');
    expect(rowsOf(later.body)['顾问丙']!.metrics.sendsChat).toBe(1);
  });

  it("should bring today's rollup up to date when a send is recorded", async () => {
    const send = await addSend(t.dataSource, world.staff.a2, world.clients.c6, 'chat', local('2026-11-20 09:30'));
    await t.running.app.get(EventEmitter2).emitAsync(SEND_RECORDED, { sendId: send.id, clientId: send.clientId, staffId: send.staffId, at: NOW });
    await t.running.queue.drain();
    const res = await get('hq', '/api/analytics/advisors?from=2026-11-20&to=2026-11-20');
    expect(rowsOf(res.body)['顾问乙']!.metrics.sendsChat).toBe(1);
  });
});
