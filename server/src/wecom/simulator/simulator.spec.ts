import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../common/clock.js';
import { WecomCallbackCrypto } from '../crypto/callback-crypto.js';
import { parseCallbackEnvelope, parseEventXml } from '../crypto/callback-xml.js';
import { type RunningWecomSimulator, startWecomSimulator } from './simulator.js';
import { sampleSeed } from './sample-seed.js';

const CORP = { corpId: 'wwsimcorp', agentId: '1000002', secret: 'sim-secret' };
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

type Answer = Record<string, unknown> & { errcode: number };

describe('WeCom simulator', () => {
  let sim: RunningWecomSimulator;
  let clock: ManualClock;
  let token: string;

  const get = async (path: string, withToken = true): Promise<Answer> => {
    const url = new URL(`/cgi-bin/${path}`, sim.url);
    if (withToken) url.searchParams.set('access_token', token);
    return (await (await fetch(url)).json()) as Answer;
  };
  const post = async (path: string, body: unknown): Promise<Answer> =>
    (await (await fetch(`${sim.url}/cgi-bin/${path}?access_token=${token}`, { method: 'POST', body: JSON.stringify(body) })).json()) as Answer;
  const control = async (path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${sim.url}/_control/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const massSend = async (externalUserIds: string[]): Promise<string> => {
    const created = await post('externalcontact/add_msg_template', { external_userid: externalUserIds, text: { content: '早盘提示' } });
    return created.msgid as string;
  };

  /** Tokens live 10 minutes here, so tests that move the clock by days take a new one. */
  const renewToken = async (): Promise<void> => {
    token = (await get(`gettoken?corpid=${CORP.corpId}&corpsecret=${CORP.secret}`, false)).access_token as string;
  };

  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-03T02:00:00.000Z'));
    sim = await startWecomSimulator({ ...CORP, tokenTtlSeconds: 600, seed: sampleSeed(), clock });
    await renewToken();
  });

  afterEach(() => sim.close());

  describe('credentials', () => {
    it('should validate corpid and secret', async () => {
      expect((await get(`gettoken?corpid=other&corpsecret=${CORP.secret}`, false)).errcode).toBe(40013);
      expect((await get(`gettoken?corpid=${CORP.corpId}&corpsecret=bad`, false)).errcode).toBe(40001);
    });

    it('should answer 41001, 40014 and 42001 for missing, unknown and expired tokens', async () => {
      expect((await get('department/list', false)).errcode).toBe(41001);
      const real = token;
      token = 'not-a-token';
      expect((await get('department/list')).errcode).toBe(40014);
      token = real;
      expect((await get('department/list')).errcode).toBe(0);
      clock.advance(600_000);
      expect((await get('department/list')).errcode).toBe(42001);
    });

    it('should expire OAuth codes after 5 minutes', async () => {
      const { body } = await control('oauth-code', { userid: 'lisi' });
      clock.advance(5 * 60_000 + 1);
      expect((await get(`auth/getuserinfo?code=${String(body.code)}`)).errcode).toBe(40029);
    });

    it('should redirect the simulated OAuth page back with a usable code', async () => {
      const authorize = new URL('/connect/oauth2/authorize', sim.url);
      authorize.search = new URLSearchParams({ appid: CORP.corpId, redirect_uri: 'http://127.0.0.1:3000/api/auth/wecom/callback', state: 'abc', userid: 'wangwu' }).toString();
      const res = await fetch(authorize, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location') ?? '');
      expect(location.searchParams.get('state')).toBe('abc');
      expect((await get(`auth/getuserinfo?code=${location.searchParams.get('code') ?? ''}`)).userid).toBe('wangwu');
    });
  });

  describe('mass send', () => {
    it.each([
      ['more than 10,000 customers', { external_userid: Array.from({ length: 10_001 }, (_, i) => `wm${i}`), text: { content: 'x' } }],
      ['text over 4000 bytes', { sender: 'zhangsan', text: { content: '价'.repeat(1334) } }],
      ['more than 9 attachments', { sender: 'zhangsan', attachments: Array.from({ length: 10 }, () => ({ msgtype: 'link', link: { title: 't', url: 'https://a' } })) }],
      ['a group send without sender', { chat_type: 'group', text: { content: 'x' } }],
      ['no content', { sender: 'zhangsan' }],
    ])('should reject %s', async (_name, body) => {
      expect((await post('externalcontact/add_msg_template', body)).errcode).toBe(40058);
    });

    it('should mark a customer who removed the member as "not a friend"', async () => {
      const msgid = await massSend(['wmclient001']);
      sim.state.directory.removeFollow('zhangsan', 'wmclient001');
      expect(sim.state.confirmMassSend(msgid, 'zhangsan')).toEqual([{ external_userid: 'wmclient001', userid: 'zhangsan', status: 2 }]);
    });

    it('should stop delivering to a customer after as many mass messages as the month has days', async () => {
      // November has 30 days.
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const msgid = await massSend(['wmclient001']);
        statuses.push(sim.state.confirmMassSend(msgid, 'zhangsan')[0]?.status ?? -1);
      }
      expect(statuses.slice(0, 30).every((s) => s === 1)).toBe(true);
      expect(statuses[30]).toBe(3);
      clock.set(new Date('2026-11-30T16:00:00.000Z')); // 00:00 on 1 December in China
      await renewToken();
      const december = await massSend(['wmclient001']);
      expect(sim.state.confirmMassSend(december, 'zhangsan')[0]?.status).toBe(1);
    });

    it('should allow 3 reminders per msgid in 24 hours', async () => {
      const msgid = await massSend(['wmclient001']);
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) answers.push((await post('externalcontact/remind_groupmsg_send', { msgid })).errcode);
      expect(answers).toEqual([0, 0, 0, 40058]);
      clock.advance(24 * 3_600_000 + 1);
      await renewToken();
      expect((await post('externalcontact/remind_groupmsg_send', { msgid })).errcode).toBe(0);
    });

    it('should refuse to confirm a cancelled mass send', async () => {
      const msgid = await massSend(['wmclient001']);
      expect((await post('externalcontact/cancel_groupmsg_send', { msgid })).errcode).toBe(0);
      const confirm = await control('mass-send/confirm', { msgid, userid: 'zhangsan' });
      expect(confirm.status).toBe(400);
      expect((await post('externalcontact/get_groupmsg_task', { msgid })).task_list).toEqual([{ userid: 'zhangsan', status: 0 }]);
    });

    it('should confirm through the control API', async () => {
      const msgid = await massSend(['wmclient001']);
      const confirm = await control('mass-send/confirm', { msgid, userid: 'zhangsan' });
      expect(confirm.body.send_list).toEqual([{ external_userid: 'wmclient001', userid: 'zhangsan', status: 1, send_time: Math.floor(clock.now().getTime() / 1000) }]);
    });
  });

  describe('faults and counters', () => {
    it('should inject errors for a number of calls, then recover', async () => {
      expect((await control('faults', { endpoint: 'department/list', errcode: 45033, count: 2 })).status).toBe(200);
      const answers = [await get('department/list'), await get('department/list'), await get('department/list')].map((a) => a.errcode);
      expect(answers).toEqual([45033, 45033, 0]);
      expect((await control('calls')).body.calls).toMatchObject({ gettoken: 1, 'department/list': 3 });
    });

    it('should delay answers by the configured latency', async () => {
      sim.state.setLatency(80);
      const started = performance.now();
      await get('department/list');
      expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    });

    it('should expire every token through the control API', async () => {
      await control('expire-tokens', {});
      expect((await get('department/list')).errcode).toBe(42001);
    });
  });

  describe('callbacks', () => {
    let receiver: Server;
    let received: { query: URLSearchParams; body: string }[];

    beforeEach(async () => {
      received = [];
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          received.push({ query: new URL(req.url ?? '/', 'http://x').searchParams, body });
          res.end('');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      await sim.close();
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/wecom/callback`;
      sim = await startWecomSimulator({ ...CORP, seed: sampleSeed(), clock, callback: { url, token: 'cbtoken', encodingAesKey: AES_KEY } });
    });

    afterEach(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    it('should push an encrypted add_external_contact event and add the customer', async () => {
      const pushed = await control('callback-event', { changeType: 'add_external_contact', userid: 'wangwu', externalUserId: 'wmnew001', state: 'qr01' });
      expect(pushed.status).toBe(200);
      const [delivery] = received;
      const crypto = new WecomCallbackCrypto('cbtoken', AES_KEY, CORP.corpId);
      const encrypt = parseCallbackEnvelope(delivery!.body).encrypt;
      expect(crypto.verifySignature(delivery!.query.get('msg_signature')!, delivery!.query.get('timestamp')!, delivery!.query.get('nonce')!, encrypt)).toBe(true);
      expect(parseEventXml(crypto.decrypt(encrypt))).toMatchObject({
        ToUserName: CORP.corpId,
        Event: 'change_external_contact',
        ChangeType: 'add_external_contact',
        UserID: 'wangwu',
        ExternalUserID: 'wmnew001',
        State: 'qr01',
      });
      expect(sim.state.directory.contactIdsOf('wangwu')).toEqual(['wmnew001']);
    });

    it('should remove the relation on del_follow_user so a later mass send reports "not a friend"', async () => {
      const msgid = (await sim.state.massSends.create({ external_userid: ['wmclient002'], sender: 'lisi', text: { content: 'x' } })).msgid;
      await sim.state.pushCallbackEvent({ changeType: 'del_follow_user', userid: 'lisi', externalUserId: 'wmclient002' });
      expect(sim.state.directory.contactIdsOf('lisi')).toEqual(['wmclient003']);
      expect(sim.state.confirmMassSend(msgid, 'lisi')[0]?.status).toBe(2);
    });
  });
});
