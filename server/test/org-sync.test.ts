import { sampleSeed } from '../src/wecom/simulator/sample-seed.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { ADMIN_PASSWORD } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('org sync from WeCom on %s', (engine) => {
  let t: TestApp;
  let token: string;
  const seed = sampleSeed();
  beforeAll(async () => {
    t = await startTestApp({ engine, seed });
    token = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  async function runSync(): Promise<Record<string, number>> {
    const started = await t.http().post('/api/org/sync').set('Authorization', `Bearer ${token}`);
    expect(started.status).toBe(202);
    await t.running.queue.drain();
    const status = await t.http().get(`/api/org/sync/${started.body.jobId}`).set('Authorization', `Bearer ${token}`);
    expect(status.body.status).toBe('completed');
    return status.body.result;
  }

  it('should mirror departments, members, contacts and follow relations, and converge when run again', async () => {
    const first = await runSync();
    const follows = seed.externalContacts!.reduce((n, c) => n + c.follow_user.length, 0);
    expect(first).toMatchObject({ departments: seed.departments!.length, staff: seed.members!.length, clients: seed.externalContacts!.length, follows });
    const second = await runSync();
    expect(second).toEqual(first);
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM client_follows WHERE state = 'active'");
    expect(Number(n)).toBe(follows);
  });

  it('should build materialized department paths from the WeCom tree', async () => {
    const rows: { path: string; parent_id: number | null }[] = await t.dataSource.query('SELECT path, parent_id FROM departments');
    for (const row of rows) expect(row.path).toMatch(/^\/(\d+\/)+$/);
    expect(rows.filter((r) => r.parent_id === null)).toHaveLength(1);
  });

  it('should mark relations WeCom no longer reports as removed', async () => {
    const contact = seed.externalContacts![0]!;
    const follower = contact.follow_user[0]!;
    t.running.simulator!.state.directory.removeFollow(follower.userid, contact.external_contact.external_userid);
    await runSync();
    const [row] = await t.dataSource.query(
      'SELECT f.state AS state FROM client_follows f JOIN clients c ON c.id = f.client_id JOIN staff s ON s.id = f.staff_id WHERE c.external_userid = ? AND s.wecom_userid = ?',
      [contact.external_contact.external_userid, follower.userid],
    );
    expect(row.state).toBe('removed');
  });

  it('should survive a 45009 burst during sync (gateway backs off and retries)', async () => {
    t.running.simulator!.state.injectErrors('externalcontact/batch/get_by_user', 45009, 2);
    const result = await runSync();
    expect(result.staff).toBe(seed.members!.length);
  });
});
