import { makeClient, makeDepartment, makeFollow, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('data scope on %s', (engine) => {
  let t: TestApp;
  let tokens: Record<'advisorA' | 'advisorB' | 'manager' | 'otherManager' | 'hq', string>;
  let clientOfA: { externalUserId: string | null };
  let clientOfB: { externalUserId: string | null };

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const ds = t.dataSource;
    const hqDept = await makeDepartment(ds, { name: '总部' });
    const branch = await makeDepartment(ds, { name: '上海分公司', parent: hqDept });
    const office = await makeDepartment(ds, { name: '陆家嘴营业部', parent: branch });
    const otherBranch = await makeDepartment(ds, { name: '北京分公司', parent: hqDept });
    const pw = 'Scope-Test-Pass-1';
    const advisorA = await makeStaff(ds, { password: pw, departmentId: office.id });
    const advisorB = await makeStaff(ds, { password: pw, departmentId: otherBranch.id });
    const manager = await makeStaff(ds, { password: pw, role: 'manager', departmentId: branch.id });
    const otherManager = await makeStaff(ds, { password: pw, role: 'manager', departmentId: otherBranch.id });
    const hq = await makeStaff(ds, { password: pw, role: 'hq', departmentId: hqDept.id });
    const a = await makeClient(ds, { name: '王女士' });
    const b = await makeClient(ds, { name: '李先生' });
    await makeFollow(ds, a, advisorA);
    await makeFollow(ds, b, advisorB);
    clientOfA = a;
    clientOfB = b;
    tokens = {
      advisorA: await t.login(advisorA.username!, pw),
      advisorB: await t.login(advisorB.username!, pw),
      manager: await t.login(manager.username!, pw),
      otherManager: await t.login(otherManager.username!, pw),
      hq: await t.login(hq.username!, pw),
    };
  });
  afterAll(async () => {
    await t.close();
  });

  const header = (token: string, externalUserId: string | null) =>
    t.http().get(`/api/clients/by-external/${externalUserId}`).set('Authorization', `Bearer ${token}`);

  it('should show an advisor the clients they follow', async () => {
    const res = await header(tokens.advisorA, clientOfA.externalUserId);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('王女士');
  });

  it("should answer 404, not 403, for another advisor's client", async () => {
    const res = await header(tokens.advisorA, clientOfB.externalUserId);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('should let a manager see clients in their department subtree only', async () => {
    expect((await header(tokens.manager, clientOfA.externalUserId)).status).toBe(200);
    expect((await header(tokens.manager, clientOfB.externalUserId)).status).toBe(404);
    expect((await header(tokens.otherManager, clientOfB.externalUserId)).status).toBe(200);
  });

  it('should let HQ see every client', async () => {
    expect((await header(tokens.hq, clientOfA.externalUserId)).status).toBe(200);
    expect((await header(tokens.hq, clientOfB.externalUserId)).status).toBe(200);
  });

  it("should list only the manager's subtree in departments and staff", async () => {
    const departments = await t.http().get('/api/org/departments').set('Authorization', `Bearer ${tokens.manager}`);
    expect(departments.body.map((d: { name: string }) => d.name).sort()).toEqual(['上海分公司', '陆家嘴营业部'].sort());
    const staff = await t.http().get('/api/org/staff').set('Authorization', `Bearer ${tokens.manager}`);
    expect(staff.status).toBe(200);
    expect(staff.body.total).toBe(2);
  });

  it('should forbid advisors from the staff directory by role', async () => {
    const res = await t.http().get('/api/org/staff').set('Authorization', `Bearer ${tokens.advisorA}`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('should count clients on the dashboard within scope', async () => {
    const mine = await t.http().get('/api/dashboard/summary').set('Authorization', `Bearer ${tokens.advisorA}`);
    const all = await t.http().get('/api/dashboard/summary').set('Authorization', `Bearer ${tokens.hq}`);
    expect(mine.body.clients).toBe(1);
    expect(all.body.clients).toBe(2);
  });

  it('should search clients by name within scope only', async () => {
    const mine = await t.http().get('/api/clients?q=王').set('Authorization', `Bearer ${tokens.advisorA}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { name: string }) => c.name)).toEqual(['王女士']);
    const notMine = await t.http().get('/api/clients?q=李').set('Authorization', `Bearer ${tokens.advisorA}`);
    expect(notMine.body.total).toBe(0);
    const hq = await t.http().get('/api/clients').set('Authorization', `Bearer ${tokens.hq}`);
    expect(hq.body.total).toBe(2);
  });

  it('should reject a bad paging parameter with VALIDATION_FAILED', async () => {
    const res = await t.http().get('/api/org/staff?pageSize=100000').set('Authorization', `Bearer ${tokens.hq}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
