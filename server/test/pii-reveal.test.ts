import { PiiVault } from '../src/common/pii/pii-vault.js';
import { AuditLog } from '../src/modules/audit/audit-log.entity.js';
import type { Client } from '../src/modules/clients/client.entity.js';
import { makeClient, makeDepartment, makeFollow, makeStaff } from './support/factories.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('PII reveal on %s', (engine) => {
  let t: TestApp;
  let tokens: Record<'advisorA' | 'advisorB' | 'manager' | 'hq' | 'compliance' | 'admin', string>;
  let clientOfA: Client;
  let clientOfB: Client;

  beforeAll(async () => {
    // No queue workers: jobs that other modules enqueue on client.activity are not what these tests are about.
    t = await startTestApp({ engine, workers: false });
    const ds = t.dataSource;
    const vault = new PiiVault(t.config.piiKey);
    const root = await makeDepartment(ds, { name: '总部' });
    const branch = await makeDepartment(ds, { name: '上海分公司', parent: root });
    const other = await makeDepartment(ds, { name: '北京分公司', parent: root });
    const pw = 'Reveal-Test-Pass-1';
    const advisorA = await makeStaff(ds, { password: pw, departmentId: branch.id });
    const advisorB = await makeStaff(ds, { password: pw, departmentId: other.id });
    const manager = await makeStaff(ds, { password: pw, role: 'manager', departmentId: branch.id });
    const hq = await makeStaff(ds, { password: pw, role: 'hq', departmentId: root.id });
    const compliance = await makeStaff(ds, { password: pw, role: 'compliance', departmentId: root.id });
    clientOfA = await makeClient(ds, {
      phoneEnc: vault.encrypt('13812345678'),
      idNoEnc: vault.encrypt('110101199003071234'),
      customerNoEnc: vault.encrypt('310000123456'),
    });
    clientOfB = await makeClient(ds, { phoneEnc: vault.encrypt('13900000000') });
    await makeFollow(ds, clientOfA, advisorA);
    await makeFollow(ds, clientOfB, advisorB);
    tokens = {
      advisorA: await t.login(advisorA.username!, pw),
      advisorB: await t.login(advisorB.username!, pw),
      manager: await t.login(manager.username!, pw),
      hq: await t.login(hq.username!, pw),
      compliance: await t.login(compliance.username!, pw),
      admin: await t.login('admin', ADMIN_PASSWORD),
    };
  });
  afterAll(async () => {
    await t.close();
  });

  const reveal = (token: string, clientId: number, field: string, reason = '客户来电核对预留手机号') =>
    t.http().post(`/api/clients/${clientId}/reveal`).set('Authorization', `Bearer ${token}`).send({ field, reason });
  const reveals = () => t.dataSource.getRepository(AuditLog).find({ where: { action: 'pii.reveal' }, order: { id: 'ASC' } });

  it("should show an advisor their own client's field in clear and audit who, what and why", async () => {
    const res = await reveal(tokens.advisorA, clientOfA.id, 'phone', '客户来电要求核对手机号');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ value: '13812345678' });
    expect((await reveal(tokens.advisorA, clientOfA.id, 'idNo')).body.value).toBe('110101199003071234');
    expect((await reveal(tokens.advisorA, clientOfA.id, 'customerNo')).body.value).toBe('310000123456');
    const [first] = await reveals();
    expect(first).toMatchObject({ actorRole: 'advisor', targetType: 'client', targetId: String(clientOfA.id) });
    expect(first!.details).toMatchObject({ field: 'phone', reason: '客户来电要求核对手机号' });
    expect(JSON.stringify(first!.details)).not.toContain('13812345678');
  });

  it("should answer 404 for another advisor's client and audit nothing", async () => {
    const before = (await reveals()).length;
    const res = await reveal(tokens.advisorA, clientOfB.id, 'phone');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect(await reveals()).toHaveLength(before);
  });

  it('should scope a manager to their subtree and let HQ and compliance see all', async () => {
    expect((await reveal(tokens.manager, clientOfA.id, 'phone')).status).toBe(200);
    expect((await reveal(tokens.manager, clientOfB.id, 'phone')).status).toBe(404);
    expect((await reveal(tokens.hq, clientOfB.id, 'phone')).body.value).toBe('13900000000');
    expect((await reveal(tokens.compliance, clientOfB.id, 'phone')).body.value).toBe('13900000000');
  });

  it('should forbid the admin role from revealing PII', async () => {
    const res = await reveal(tokens.admin, clientOfA.id, 'phone');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('should require a reason of 4 to 200 characters and a known field', async () => {
    expect((await reveal(tokens.hq, clientOfA.id, 'phone', '看看')).body.code).toBe('VALIDATION_FAILED');
    expect((await reveal(tokens.hq, clientOfA.id, 'phone', 'x'.repeat(201))).status).toBe(400);
    expect((await reveal(tokens.hq, clientOfA.id, 'name')).body.code).toBe('VALIDATION_FAILED');
  });

  it('should answer null for a field not on record', async () => {
    expect((await reveal(tokens.advisorB, clientOfB.id, 'idNo')).body).toEqual({ value: null });
  });
});
