import { TEST_ENGINES } from './support/test-database.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';
import { makeStaff } from './support/factories.js';

describe.each(TEST_ENGINES)('auth on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should log the admin in, set an httpOnly cookie and answer /me with the cookie', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.staff).toMatchObject({ name: '系统管理员', role: 'admin' });
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^vl_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie.split(';')[0]!);
    expect(me.status).toBe(200);
    expect(me.body.staff.role).toBe('admin');
    expect(Date.parse(me.body.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('should accept the session as a Bearer token and reject it after logout', async () => {
    const token = await t.login('admin', ADMIN_PASSWORD);
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`)).status).toBe(204);
    const after = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_EXPIRED');
  });

  it('should answer 401 INVALID_CREDENTIALS for a wrong password and for an unknown user alike', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ username: 'admin', password: 'nope-nope' });
    const unknown = await t.http().post('/api/auth/login').send({ username: 'ghost', password: 'nope-nope' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect([unknown.status, unknown.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect(typeof wrong.body.requestId).toBe('string');
  });

  it('should lock an account after 5 failures and keep it locked even for the right password', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'hq', password: 'Right-Password-1' });
    for (let i = 0; i < 4; i++) {
      expect((await t.http().post('/api/auth/login').send({ username: staff.username, password: 'wrong' })).status).toBe(401);
    }
    const fifth = await t.http().post('/api/auth/login').send({ username: staff.username, password: 'wrong' });
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
    const right = await t.http().post('/api/auth/login').send({ username: staff.username, password: 'Right-Password-1' });
    expect(right.status).toBe(423);
    t.clock.advance(16 * 60 * 1000);
    const later = await t.http().post('/api/auth/login').send({ username: staff.username, password: 'Right-Password-1' });
    expect(later.status).toBe(200);
  });

  it('should expire a session after its lifetime', async () => {
    const token = await t.login('admin', ADMIN_PASSWORD);
    t.clock.advance(t.config.sessionTtlSeconds * 1000 + 1);
    const res = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
  });

  it('should reject unknown fields and wrong types with VALIDATION_FAILED and change nothing', async () => {
    const extra = await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD, role: 'admin' });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
    expect(extra.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
    const wrongType = await t.http().post('/api/auth/login').send({ username: 42, password: [] });
    expect(wrongType.status).toBe(400);
  });

  it('should answer malformed JSON with 400 MALFORMED_REQUEST and no stack trace', async () => {
    const res = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('should exchange a WeCom OAuth code for a sidebar session once, and reject the code reused', async () => {
    const advisor = await makeStaff(t.dataSource, { role: 'advisor', wecomUserId: 'zhangsan' });
    t.running.simulator!.state.directory.members.set('zhangsan', { userid: 'zhangsan', name: advisor.name, department: [1] });
    const code = t.running.simulator!.state.mintOAuthCode('zhangsan');
    const res = await t.http().post('/api/auth/wecom/session').send({ code });
    expect(res.status).toBe(200);
    expect(res.body.staff).toMatchObject({ staffId: advisor.id, role: 'advisor', wecomUserId: 'zhangsan' });
    const again = await t.http().post('/api/auth/wecom/session').send({ code });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('WECOM_OAUTH_CODE_INVALID');
  });
});
