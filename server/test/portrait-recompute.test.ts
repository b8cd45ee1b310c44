import { EventEmitter2 } from '@nestjs/event-emitter';
import { DAY_MS } from '../src/modules/portrait/engine/numeric.js';
import { generateBundles, insertRows, seedBundles, type SeededClient } from './portrait-fixtures.js';
import { makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const CLIENTS = 240;

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(TEST_ENGINES)('portrait recompute on %s', (engine) => {
  let t: TestApp;
  let hqToken: string;
  let advisorToken: string;
  let clients: SeededClient[];

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const pw = 'Portrait-Test-Pass-1';
    const advisor = await makeStaff(t.dataSource, { password: pw });
    const hq = await makeStaff(t.dataSource, { password: pw, role: 'hq' });
    clients = await seedBundles(t.dataSource, generateBundles({ branches: 2, advisorsPerBranch: 2, clients: CLIENTS, eventsPerClient: 100, months: 6, seed: 11 }, t.clock.now()), advisor);
    hqToken = await t.login(hq.username!, pw);
    advisorToken = await t.login(advisor.username!, pw);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const portraitOf = async (clientId: number) =>
    (await t.dataSource.query('SELECT top_archetype, rule_version, lifecycle, computed_at, trait_scores FROM client_portraits WHERE client_id = ?', [clientId]))[0] as
      | { top_archetype: string; rule_version: string; lifecycle: string; computed_at: unknown; trait_scores: string }
      | undefined;

  it('should forbid advisors from starting a full recompute', async () => {
    const res = await t.http().post('/api/portrait/recompute').set('Authorization', `Bearer ${advisorToken}`);
    expect(res.status).toBe(403);
  });

  it('should store a portrait for every client and recover the planted archetype for most of them', async () => {
    const started = await t.http().post('/api/portrait/recompute').set('Authorization', `Bearer ${hqToken}`);
    expect(started.status).toBe(202);
    await t.running.queue.drain(120_000);
    const status = await t.http().get(`/api/portrait/recompute/${started.body.jobId}`).set('Authorization', `Bearer ${hqToken}`);
    expect(status.body).toEqual({ status: 'completed', processed: CLIENTS, total: CLIENTS });

    const rows = (await t.dataSource.query('SELECT client_id, top_archetype, rule_version FROM client_portraits')) as { client_id: number; top_archetype: string; rule_version: string }[];
    expect(rows).toHaveLength(CLIENTS);
    expect(new Set(rows.map((r) => r.rule_version))).toEqual(new Set(['v1']));
    const top = new Map(rows.map((r) => [Number(r.client_id), r.top_archetype]));
    const matches = clients.filter((c) => top.get(c.id) === c.planted.primary).length;
    expect(matches / CLIENTS).toBeGreaterThanOrEqual(0.7);

    const snapshots = (await t.dataSource.query('SELECT COUNT(*) AS n FROM portrait_snapshots')) as { n: number | string }[];
    expect(Number(snapshots[0]!.n)).toBe(CLIENTS);
    const tags = (await t.dataSource.query("SELECT COUNT(DISTINCT client_id) AS n FROM client_tags WHERE source = 'computed' AND layer = 'values' AND active = 1")) as { n: number | string }[];
    expect(Number(tags[0]!.n)).toBe(CLIENTS);
  }, 180_000);

  it('should answer 404 for a job id that is not a recompute', async () => {
    const res = await t.http().get('/api/portrait/recompute/999999').set('Authorization', `Bearer ${hqToken}`);
    expect(res.status).toBe(404);
  });

  it('should recompute a client within seconds of new activity, with a new snapshot in a new month', async () => {
    const client = clients[0]!;
    const before = await portraitOf(client.id);
    t.clock.advance(32 * DAY_MS);
    // A burst of loss-framed reading and panicky quote checks right now.
    const now = t.clock.now().getTime();
    const events = Array.from({ length: 40 }, (_, i) => ({
      event_id: `activity-${client.id}-${i}`,
      client_id: client.id,
      distinct_id: `d${client.id}`,
      name: 'quote_view',
      time: new Date(now - i * 60_000),
      properties: JSON.stringify({ code: '600519' }),
      received_at: new Date(now),
    }));
    await insertRows(t.dataSource, 'behaviour_events', events);
    t.running.app.get(EventEmitter2).emit('client.activity', { clientIds: [client.id], kinds: ['quote_view'] });

    const after = await waitFor(async () => {
      const row = await portraitOf(client.id);
      return row && String(row.computed_at) !== String(before?.computed_at) ? row : null;
    });
    expect(after.rule_version).toBe('v1');
    const months = (await t.dataSource.query('SELECT month FROM portrait_snapshots WHERE client_id = ? ORDER BY month', [client.id])) as { month: string }[];
    expect(months).toHaveLength(2);
    const other = (await t.dataSource.query('SELECT COUNT(*) AS n FROM portrait_snapshots WHERE client_id = ?', [clients[1]!.id])) as { n: number | string }[];
    expect(Number(other[0]!.n)).toBe(1);
  }, 60_000);
});
