import { ManualClock } from '../../common/clock.js';
import type { AppConfig } from '../../config/app-config.js';
import { JssdkService } from '../jssdk/jssdk.service.js';
import { type RunningWecomSimulator, startWecomSimulator } from '../simulator/simulator.js';
import { sampleSeed } from '../simulator/sample-seed.js';
import { InMemoryTokenStore, type TokenStore } from './token-store.js';
import { WecomGateway, type WecomGatewayOptions } from './wecom-gateway.js';
import { WecomApiError } from './wecom-gateway.types.js';

const CORP = { corpId: 'wwtestcorp', agentId: '1000002', secret: 'test-secret' };

describe('WecomGateway against the simulator', () => {
  let sim: RunningWecomSimulator;
  let sleeps: number[];
  let calls: { endpoint: string; errcode: number }[];

  const gateway = (overrides: Partial<WecomGatewayOptions> = {}, store: TokenStore = new InMemoryTokenStore()): WecomGateway =>
    new WecomGateway({
      apiBase: sim.url,
      ...CORP,
      tokenStore: store,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      onCall: (endpoint, errcode) => calls.push({ endpoint, errcode }),
      ...overrides,
    });

  beforeEach(async () => {
    sim = await startWecomSimulator({ ...CORP, seed: sampleSeed({ extraContactsForZhangsan: 230 }) });
    sleeps = [];
    calls = [];
  });

  afterEach(() => sim.close());

  it('should refetch the token exactly once after it expired and then succeed', async () => {
    const api = gateway();
    expect(await api.listDepartments()).toHaveLength(3);
    sim.state.expireAllTokens();
    expect(await api.listDepartments()).toHaveLength(3);
    expect(sim.state.callCount('gettoken')).toBe(2);
    expect(calls.filter((c) => c.endpoint === 'department/list').map((c) => c.errcode)).toEqual([0, 42001, 0]);
  });

  it('should refetch once on 40014 but surface a second stale-token answer', async () => {
    const api = gateway();
    await api.getAccessToken();
    sim.state.injectErrors('department/list', 40014, 2);
    await expect(api.listDepartments()).rejects.toMatchObject({ errcode: 40014, endpoint: 'department/list' });
    expect(sim.state.callCount('gettoken')).toBe(2);
  });

  it('should back off on 45009 and succeed on the third try', async () => {
    sim.state.injectErrors('externalcontact/list', 45009, 2);
    expect(await gateway().listExternalContactIds('lisi')).toEqual(['wmclient002', 'wmclient003']);
    expect(sleeps).toHaveLength(2);
    // Exponential with jitter: the second wait is drawn from a higher band than the first.
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('should give up after 4 tries while WeCom stays busy', async () => {
    sim.state.injectErrors('*', -1, 100);
    const api = gateway();
    await expect(api.listCorpTags()).rejects.toBeInstanceOf(WecomApiError);
    // gettoken is also busy: 4 tries there, and the error surfaces from it.
    expect(sim.state.callCount('gettoken')).toBe(4);
    expect(sleeps).toHaveLength(3);
  });

  it('should treat 84061 as a member without customers', async () => {
    expect(await gateway().listExternalContactIds('wangwu')).toEqual([]);
    expect(calls).toContainEqual({ endpoint: 'externalcontact/list', errcode: 84061 });
  });

  it('should refuse a wrong secret without retrying', async () => {
    await expect(gateway({ secret: 'wrong' }).getAccessToken()).rejects.toMatchObject({ errcode: 40001, endpoint: 'gettoken' });
    expect(sim.state.callCount('gettoken')).toBe(1);
  });

  it('should share one gettoken call between concurrent callers', async () => {
    const api = gateway();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => api.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(sim.state.callCount('gettoken')).toBe(1);
  });

  it('should fetch each JS ticket once per app for signatures of different URLs', async () => {
    const config = { wecom: { ...CORP } } as AppConfig;
    const jssdk = new JssdkService(gateway(), new ManualClock(), { nonce: () => 'n' }, config);
    await jssdk.configSignature('https://vl.example.com/sidebar/?a=1');
    await jssdk.configSignature('https://vl.example.com/sidebar/?b=2');
    await jssdk.agentSignature('https://vl.example.com/sidebar/?a=1');
    await jssdk.agentSignature('https://vl.example.com/other/');
    expect(sim.state.callCount('get_jsapi_ticket')).toBe(1);
    expect(sim.state.callCount('ticket/get')).toBe(1);
  });

  it('should keep caches of two apps apart in one store', async () => {
    const store = new InMemoryTokenStore();
    await gateway({}, store).getAccessToken();
    await expect(gateway({ agentId: '1000003', secret: 'wrong' }, store).getAccessToken()).rejects.toMatchObject({ errcode: 40001 });
  });

  it('should accept an OAuth code once and reject it afterwards', async () => {
    const api = gateway();
    const code = sim.state.mintOAuthCode('zhangsan');
    expect(await api.getUserInfoByCode(code)).toEqual({ userid: 'zhangsan' });
    await expect(api.getUserInfoByCode(code)).rejects.toMatchObject({ errcode: 40029 });
  });

  it('should keep a mass-send task pending until the member confirms it', async () => {
    const api = gateway();
    const { msgid, fail_list } = await api.addMsgTemplate({
      chat_type: 'single',
      external_userid: ['wmclient001', 'wmclient003', 'wmnobody'],
      text: { content: '本周市场观察' },
    });
    expect(fail_list).toEqual(['wmnobody']);
    const pending = await api.getGroupMsgTask(msgid);
    expect(pending.items.map((t) => [t.userid, t.status]).sort()).toEqual([['lisi', 0], ['zhangsan', 0]]);
    expect((await api.getGroupMsgSendResult(msgid, 'zhangsan')).items).toEqual([{ external_userid: 'wmclient001', userid: 'zhangsan', status: 0 }]);

    sim.state.confirmMassSend(msgid, 'zhangsan');
    const tasks = await api.getGroupMsgTask(msgid);
    expect(tasks.items.find((t) => t.userid === 'zhangsan')?.status).toBe(2);
    expect(tasks.items.find((t) => t.userid === 'lisi')?.status).toBe(0);
    expect((await api.getGroupMsgSendResult(msgid, 'zhangsan')).items[0]?.status).toBe(1);
  });

  it('should read every page of batch/get_by_user', async () => {
    const contacts = await gateway().batchGetExternalContacts(['zhangsan', 'lisi', 'wangwu']);
    expect(contacts).toHaveLength(232 + 2);
    expect(sim.state.callCount('externalcontact/batch/get_by_user')).toBe(3);
  });

  it('should upload media as multipart field "media"', async () => {
    const result = await gateway().uploadMedia('image', 'cover.png', Buffer.alloc(2048, 1), 'image/png');
    expect(result.type).toBe('image');
    expect(result.media_id).toBeTruthy();
    expect(sim.state.media.find(result.media_id)).toMatchObject({ filename: 'cover.png', size: 2048, contentType: 'image/png' });
    await expect(gateway().uploadMedia('image', 'tiny.png', Buffer.alloc(3), 'image/png')).rejects.toMatchObject({ errcode: 40058 });
  });

  it('should run a moments job from upload_attachment to status 3', async () => {
    const api = gateway();
    const image = await api.uploadAttachment('image', 1, 'a.jpg', Buffer.alloc(100, 2), 'image/jpeg');
    const { jobid } = await api.addMomentTask({ text: { content: '市场周报' }, attachments: [{ msgtype: 'image', image: { media_id: image.media_id } }] });
    const statuses: number[] = [];
    for (let poll = 0; poll < 5 && statuses.at(-1) !== 3; poll++) statuses.push((await api.getMomentTaskResult(jobid)).status);
    expect(statuses).toEqual([1, 2, 3]);
    expect((await api.getMomentTaskResult(jobid)).result?.moment_id).toBeTruthy();
  });

  it('should record app messages and report unknown users', async () => {
    const answer = await gateway().sendAppMessage({ touser: 'zhangsan|ghost', msgtype: 'text', text: { content: '客户陈女士刚刚打开了您分享的资料' } });
    expect(answer.invaliduser).toBe('ghost');
    expect(sim.state.listAppMessages().map((m) => m.message.text?.content)).toEqual(['客户陈女士刚刚打开了您分享的资料']);
  });

  it('should read contacts, tags, group chats, members and behaviour data', async () => {
    const api = gateway();
    expect((await api.getExternalContact('wmclient002')).follow_user.map((f) => f.userid)).toEqual(['zhangsan', 'lisi']);
    await api.markTag({ userid: 'lisi', external_userid: 'wmclient002', add_tag: ['ettag-c3'] });
    const followed = (await api.getExternalContact('wmclient002')).follow_user.find((f) => f.userid === 'lisi');
    expect(followed?.tags).toEqual([{ group_name: '风险等级', tag_name: 'C3', tag_id: 'ettag-c3', type: 1 }]);
    expect((await api.listCorpTags())[0]?.tag).toHaveLength(2);
    expect((await api.listMembers(2)).map((m) => m.userid)).toEqual(['zhangsan', 'lisi']);
    const chats = await api.listGroupChats({ owner_userids: ['zhangsan'] });
    expect(chats.items).toEqual([{ chat_id: 'wrchat001', status: 0 }]);
    expect((await api.getGroupChat('wrchat001')).member_list).toHaveLength(2);
    const day = Math.floor(Date.now() / 1000) - 3 * 86_400;
    expect(await api.getUserBehaviorData({ userid: ['zhangsan'], start_time: day, end_time: day + 86_400 })).toHaveLength(2);
  });

  it('should retry a read after a network failure but not a write', async () => {
    let failNext = 0;
    const flakyFetch: typeof fetch = async (input, init) => {
      if (failNext > 0) {
        failNext--;
        throw new TypeError('fetch failed');
      }
      return fetch(input, init);
    };
    const api = gateway({ fetch: flakyFetch });
    await api.getAccessToken();
    failNext = 1;
    expect(await api.listDepartments()).toHaveLength(3);
    failNext = 1;
    await expect(api.addMsgTemplate({ sender: 'zhangsan', text: { content: 'hi' } })).rejects.toMatchObject({ errcode: -1 });
    expect(sim.state.callCount('externalcontact/add_msg_template')).toBe(0);
  });
});
