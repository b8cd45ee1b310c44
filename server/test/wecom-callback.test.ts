import { WecomCallbackCrypto } from '../src/wecom/crypto/callback-crypto.js';
import { buildEncryptedCallback, buildFlatXml } from '../src/wecom/crypto/callback-xml.js';
import { makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

// Official vector A (sbzhu/weworkapi_php callback/Sample.php), see WECOM.md §3.3.
const VECTOR = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  verify: {
    msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
    timestamp: '1409659589',
    nonce: '263014780',
    echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  },
};

const env = { WECOM_CORP_ID: VECTOR.corpId, WECOM_CALLBACK_TOKEN: VECTOR.token, WECOM_CALLBACK_AES_KEY: VECTOR.aesKey };

describe.each(TEST_ENGINES)('WeCom callback on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine, env });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer the official URL-verification vector with the bare plaintext', async () => {
    const res = await t.http().get('/api/wecom/callback').query(VECTOR.verify);
    expect(res.status).toBe(200);
    expect(res.text).toBe('1616140317555161061');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('should reject a wrong signature with 401 and a stable code', async () => {
    const res = await t.http().get('/api/wecom/callback').query({ ...VECTOR.verify, msg_signature: '0'.repeat(40) });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('WECOM_CALLBACK_SIGNATURE_INVALID');
  });

  it('should reject a message encrypted for another corp id', async () => {
    const otherCorp = new WecomCallbackCrypto(VECTOR.token, VECTOR.aesKey, 'wwSOMEOTHERCORP');
    const event = buildFlatXml({ ToUserName: 'wwSOMEOTHERCORP', FromUserName: 'sys', CreateTime: 1700000000, MsgType: 'event', Event: 'change_external_contact' });
    const signed = buildEncryptedCallback(otherCorp, event, { toUserName: 'wwSOMEOTHERCORP', timestamp: '1700000000', nonce: 'n1' });
    const res = await t.http().post('/api/wecom/callback').query(signed.query).set('Content-Type', 'text/xml').send(signed.body);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('WECOM_CALLBACK_CORP_MISMATCH');
  });

  it('should answer a body that is not a WeCom envelope with 400', async () => {
    const res = await t.http().post('/api/wecom/callback').query({ msg_signature: 'a', timestamp: '1', nonce: '2' }).set('Content-Type', 'text/xml').send('<nope/>');
    expect(res.status).toBe(400);
  });

  it('should process an encrypted add_external_contact pushed by the simulator', async () => {
    const advisor = await makeStaff(t.dataSource, { wecomUserId: 'lisi' });
    const sim = t.running.simulator!.state;
    sim.directory.members.set('lisi', { userid: 'lisi', name: advisor.name, department: [1] });
    const pushed = await sim.pushCallbackEvent({ changeType: 'add_external_contact', userid: 'lisi', externalUserId: 'wmNEWCLIENT01', contact: { name: '王女士' }, state: 'qr-branch-1' });
    expect(pushed.status).toBe(200);
    await t.running.queue.drain();
    const [row] = await t.dataSource.query(
      "SELECT c.name AS name, f.state AS state, f.add_way_state AS way FROM clients c JOIN client_follows f ON f.client_id = c.id WHERE c.external_userid = 'wmNEWCLIENT01'",
    );
    expect(row).toEqual({ name: '王女士', state: 'active', way: 'qr-branch-1' });
  });

  it('should store a retried event once (WeCom retries when it misses our answer)', async () => {
    const crypto = new WecomCallbackCrypto(VECTOR.token, VECTOR.aesKey, VECTOR.corpId);
    const event = buildFlatXml({
      ToUserName: VECTOR.corpId,
      FromUserName: 'sys',
      CreateTime: 1700000123,
      MsgType: 'event',
      Event: 'change_external_contact',
      ChangeType: 'edit_external_contact',
      UserID: 'lisi',
      ExternalUserID: 'wmNEWCLIENT01',
    });
    const signed = buildEncryptedCallback(crypto, event, { toUserName: VECTOR.corpId, timestamp: '1700000123', nonce: 'retry' });
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await t.http().post('/api/wecom/callback').query(signed.query).set('Content-Type', 'text/xml').send(signed.body);
      expect(res.status).toBe(200);
    }
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM wecom_callback_events WHERE change_type = 'edit_external_contact'");
    expect(Number(n)).toBe(1);
  });

  it('should mark the relation when the client deletes the advisor', async () => {
    const sim = t.running.simulator!.state;
    await sim.pushCallbackEvent({ changeType: 'del_follow_user', userid: 'lisi', externalUserId: 'wmNEWCLIENT01' });
    await t.running.queue.drain();
    const [row] = await t.dataSource.query(
      "SELECT f.state AS state FROM clients c JOIN client_follows f ON f.client_id = c.id WHERE c.external_userid = 'wmNEWCLIENT01'",
    );
    expect(row.state).toBe('deleted_by_client');
  });
});

