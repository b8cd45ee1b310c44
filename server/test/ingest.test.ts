import { createHmac } from 'node:crypto';
import { hashApiKey } from '../src/common/auth/api-key.verifier.js';
import { ApiKey } from '../src/modules/api-keys/api-key.entity.js';
import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import { makeClient, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const INGEST_KEY = 'vl_test_ingest_key_0123456789';

describe.each(TEST_ENGINES)('event ingestion on %s', (engine) => {
  let t: TestApp;
  let hqToken: string;
  let now: number;

  beforeAll(async () => {
    // No queue workers: jobs that other modules enqueue on client.activity are not what these tests are about.
    t = await startTestApp({ engine, workers: false });
    // Registered directly: the harness migrates after the app starts, so INGEST_API_KEY's start-up hook finds no table.
    await t.dataSource.getRepository(ApiKey).insert({ name: 'test feed', keyHash: hashApiKey(INGEST_KEY), prefix: INGEST_KEY.slice(0, 8), scope: 'ingest' });
    const pw = 'Ingest-Test-Pass-1';
    const hq = await makeStaff(t.dataSource, { password: pw, role: 'hq' });
    hqToken = await t.login(hq.username!, pw);
    now = t.clock.now().getTime();
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (body: unknown, key: string | null = INGEST_KEY) => {
    const req = t.http().post('/api/ingest/events');
    return (key === null ? req : req.set('X-Api-Key', key)).send(body as object);
  };
  const track = (distinctId: string, event: string, properties: Record<string, unknown> = {}, offsetMs = 0) => ({
    type: 'track',
    event,
    distinct_id: distinctId,
    time: now - 60_000 + offsetMs,
    properties,
  });
  const stored = (where: { eventId?: string; distinctId?: string }) => t.dataSource.getRepository(BehaviourEvent).findBy(where);

  it('should answer 401 API_KEY_INVALID without a key or with a wrong one, storing nothing', async () => {
    const body = [track('C1001', 'login', { $event_id: 'auth-1' })];
    const missing = await post(body, null);
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('API_KEY_INVALID');
    const wrong = await post(body, 'vl_wrong_key_but_long_enough');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('API_KEY_INVALID');
    expect(await stored({ eventId: 'auth-1' })).toHaveLength(0);
  });

  it('should store a repeated batch once and report the repeat as duplicates', async () => {
    const batch = [
      track('C2001', 'content_open', { $event_id: 'idem-1', contentId: 'A1' }),
      track('C2001', 'quote_view', { code: '600519' }, 1),
      { ...track('C2001', 'login', {}, 2), _track_id: 918273645 },
    ];
    const first = await post(batch);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 });
    const second = await post(batch);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
    expect(second.body.items.map((i: { status: string }) => i.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    const hash = (await stored({ eventId: 'idem-1' }))[0]!.distinctId;
    expect(await stored({ distinctId: hash })).toHaveLength(3);
  });

  it('should report per item which events of a batch were new and which were stored before', async () => {
    await post([track('C2003', 'login', { $event_id: 'mixed-2' }), track('C2003', 'login', { $event_id: 'mixed-4' })]);
    const res = await post(['mixed-1', 'mixed-2', 'mixed-3', 'mixed-4'].map((id, i) => track('C2003', 'page_view', { $event_id: id }, i)));
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 2 });
    expect(res.body.items.map((i: { status: string }) => i.status)).toEqual(['stored', 'duplicate', 'stored', 'duplicate']);
    expect((await stored({ eventId: 'mixed-2' }))[0]!.name).toBe('login');
  });

  it('should store a batch sent twice at once exactly once, acknowledging each event once', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => track('C2004', 'quote_view', { $event_id: `race-${i}` }, i));
    const [a, b] = await Promise.all([post(batch), post(batch)]);
    expect(a.body.accepted + b.body.accepted).toBe(50);
    expect(a.body.duplicates + b.body.duplicates).toBe(50);
    const rows = await t.dataSource.query('SELECT COUNT(*) AS n, COUNT(DISTINCT event_id) AS d FROM behaviour_events WHERE event_id LIKE ?', ['race-%']);
    expect(rows.map((r: { n: unknown; d: unknown }) => [Number(r.n), Number(r.d)])).toEqual([[50, 50]]);
  });

  it('should treat a repeated event inside one batch as a duplicate', async () => {
    const event = track('C2002', 'page_view', { $event_id: 'in-batch-1' });
    const res = await post([event, event]);
    expect(res.body.items).toEqual([
      { index: 0, status: 'stored' },
      { index: 1, status: 'duplicate' },
    ]);
  });

  it('should store the valid items of a partial batch and explain each rejected one', async () => {
    const res = await post([
      track('C3001', 'product_view', { $event_id: 'partial-ok', productCode: 'F00001' }),
      { type: 'profile_set', distinct_id: 'C3001', time: now, properties: {} },
      { ...track('C3001', 'login'), time: 'yesterday' },
      { ...track('', 'login') },
      'not an event',
      track('C3001', 'content_dwell', { $event_id: 'partial-ok-2', seconds: 42, topic: 'policy' }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 0, rejected: 4 });
    const rejected = res.body.items.filter((i: { status: string }) => i.status === 'rejected');
    expect(rejected.map((i: { index: number }) => i.index)).toEqual([1, 2, 3, 4]);
    for (const item of rejected) {
      expect(item.code).toBe('VALIDATION_FAILED');
      expect(item.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await stored({ eventId: 'partial-ok-2' })).toHaveLength(1);
  });

  it('should refuse a malformed payload with a stable code and store nothing', async () => {
    const notJson = await t.http().post('/api/ingest/events').set('X-Api-Key', INGEST_KEY).set('Content-Type', 'application/json').send('{"type":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('MALFORMED_REQUEST');
    const scalar = await t.http().post('/api/ingest/events').set('X-Api-Key', INGEST_KEY).set('Content-Type', 'application/json').send('42');
    expect(scalar.status).toBe(400);
    expect(scalar.body.code).toBe('MALFORMED_REQUEST');
    const tooMany = await post(Array.from({ length: 501 }, (_, i) => track('C4001', 'login', { $event_id: `too-many-${i}` })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    expect(await stored({ eventId: 'too-many-0' })).toHaveLength(0);
  });

  it('should link events of a known client at once, keeping no customer number in clear', async () => {
    const vaultHash = (value: string) => {
      const mac = createHmac('sha256', t.config.piiKey).update('valuelens:pii:mac').digest();
      return createHmac('sha256', mac).update(value).digest('hex');
    };
    const client = await makeClient(t.dataSource, { customerNoHash: vaultHash('C5001') });
    await post([track('C5001', 'watchlist_add', { $event_id: 'known-1', code: '300750' })]);
    const [row] = await stored({ eventId: 'known-1' });
    expect(row!.clientId).toBe(client.id);
    expect(row!.distinctId).toBe(vaultHash('C5001'));
  });

  it('should keep events of an unknown client and link them when the client is imported later', async () => {
    const res = await post([
      track('C6001', 'login', { $event_id: 'pending-1' }),
      track('C6001', 'complaint', { $event_id: 'pending-2', channel: '95xxx' }, 1),
    ]);
    expect(res.body.accepted).toBe(2);
    expect((await stored({ eventId: 'pending-1' }))[0]!.clientId).toBeNull();

    const imported = await t
      .http()
      .post('/api/imports/clients')
      .set('Authorization', `Bearer ${hqToken}`)
      .send({ format: 'csv', content: 'customer_no,name\nC6001,陈先生\n' });
    expect(imported.status).toBe(200);
    expect(imported.body.status).toBe('succeeded');
    const linked = await stored({ eventId: 'pending-1' });
    const again = await stored({ eventId: 'pending-2' });
    expect(linked[0]!.clientId).not.toBeNull();
    expect(again[0]!.clientId).toBe(linked[0]!.clientId);
  });
});
