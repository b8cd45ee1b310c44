import { LinkEvent } from '../src/modules/tracking/entities/link-event.entity.js';
import { LinkView } from '../src/modules/tracking/entities/link-view.entity.js';
import { approved } from './library-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';
import { HTML_ACCEPT, WECHAT_UA, type World, beacon, buildWorld, mintLink, newViewerId, productArticle, read, settle } from './tracking-fixtures.js';

const DAY = 86_400_000;

describe.each(TEST_ENGINES)('tracked landing page on %s', (engine) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    w = await buildWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const views = async (token: string) => {
    await settle(t);
    return t.dataSource.getRepository(LinkView).find({ where: { token }, order: { id: 'ASC' } });
  };
  const events = (token: string) => t.dataSource.getRepository(LinkEvent).findBy({ token });

  it('should serve a small page with the material, its disclaimer, the tracking notice and a strict CSP', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const res = await t.http().get(`/t/${token}`).set('User-Agent', WECHAT_UA).set('Accept', HTML_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<h1>白酒行业深度</h1>');
    expect(res.text).toContain('<p>正文第一段</p>');
    expect(res.text).toContain('本产品风险等级为R3');
    expect(res.text).toContain('本页面会记录阅读时长，用于为您提供更合适的服务');
    expect(res.text).toContain('data-vl-product="600519"');
    expect(Buffer.byteLength(res.text)).toBeLessThan(50 * 1024);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(String(res.headers['set-cookie'])).toMatch(/vl_vid=[A-Za-z0-9_-]{22}; .*Path=\/t/);
    // the page alone records nothing: opens come from the page script's beacon
    expect(await views(token)).toEqual([]);
  });

  it('should escape content text in the page', async () => {
    const tricky = await approved(t, w.hq, w.compliance, 'material', { ...productArticle('<img src=x onerror=alert(1)>"&'), summary: null });
    const token = await mintLink(t, w.advisor, w.client.id, tricky);
    const res = await t.http().get(`/t/${token}`).set('User-Agent', WECHAT_UA).set('Accept', HTML_ACCEPT);
    expect(res.text).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;&quot;&amp;</h1>');
    expect(res.text).not.toContain('<img src=x');
  });

  it('should record an open, visible dwell and scroll depth for the client, and product clicks', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const viewer = newViewerId();
    await read(t, token, viewer, 180);
    const click = await beacon(t, token, { viewerId: viewer, sessionId: 'session1', type: 'click', productCode: '600519' });
    expect(click.status).toBe(204);
    const [view] = await views(token);
    expect(view).toMatchObject({ viewerId: viewer, clientId: w.client.id, isForward: false, uaClass: 'wechat', dwellMs: 180_000, sessionDwellMs: 180_000, maxScrollPct: 100, clicks: 1 });
    expect((await events(token)).map((e) => [e.type, e.data])).toEqual([['open', null], ['click', { productCode: '600519' }]]);
  });

  it('should cap the visible time one heartbeat can add', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const viewer = newViewerId();
    await read(t, token, viewer, 0);
    t.clock.advance(300_000);
    expect((await beacon(t, token, { viewerId: viewer, sessionId: 'session1', type: 'heartbeat', visibleMs: 300_000 })).status).toBe(204);
    const [view] = await views(token);
    expect(view!.dwellMs).toBe(20_000);
  });

  it('should label a second viewer as a forward and never add their reading to the client', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const clientViewer = newViewerId();
    const friend = newViewerId();
    await read(t, token, clientViewer, 30);
    await read(t, token, friend, 60);
    const [own, forward] = await views(token);
    expect(own).toMatchObject({ viewerId: clientViewer, isForward: false, dwellMs: 30_000 });
    expect(forward).toMatchObject({ viewerId: friend, isForward: true, dwellMs: 60_000 });
    // the client coming back is still the client
    await read(t, token, clientViewer, 15, 'session2');
    expect((await views(token))[0]).toMatchObject({ isForward: false, dwellMs: 45_000, sessionDwellMs: 15_000, sessionId: 'session2' });
  });

  it('should record nothing for link-preview fetchers and bots', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const preview = await t.http().get(`/t/${token}`).set('User-Agent', 'WeChat-Preview/1.0').set('Accept', HTML_ACCEPT);
    expect(preview.status).toBe(200);
    expect(preview.text).not.toContain('<script>');
    expect(preview.headers['set-cookie']).toBeUndefined();
    const noHtml = await t.http().get(`/t/${token}`).set('User-Agent', WECHAT_UA).set('Accept', '*/*');
    expect(noHtml.text).not.toContain('<script>');
    for (const ua of ['WeChat-Preview/1.0', 'facebookexternalhit/1.1', 'curl/8.4.0', 'Mozilla/5.0 HeadlessChrome/120.0.0.0']) {
      expect((await beacon(t, token, { viewerId: newViewerId(), type: 'open' }, ua)).status).toBe(204);
    }
    await settle(t);
    expect(await views(token)).toEqual([]);
    expect(await events(token)).toEqual([]);
  });

  it('should show a polite 410 page for expired content and record nothing', async () => {
    const expiring = await approved(t, w.hq, w.compliance, 'material', productArticle('季度策略（限时）'), { validUntil: new Date(t.clock.now().getTime() + DAY).toISOString() });
    const token = await mintLink(t, w.advisor, w.client.id, expiring);
    expect((await t.http().get(`/t/${token}`).set('User-Agent', WECHAT_UA).set('Accept', HTML_ACCEPT)).status).toBe(200);
    t.clock.advance(2 * DAY);
    const page = await t.http().get(`/t/${token}`).set('User-Agent', WECHAT_UA).set('Accept', HTML_ACCEPT);
    expect(page.status).toBe(410);
    expect(page.text).toContain('该内容已下架');
    expect(page.text).not.toContain('季度策略');
    expect(page.headers['set-cookie']).toBeUndefined();
    const open = await beacon(t, token, { viewerId: newViewerId(), type: 'open' });
    expect(open.status).toBe(410);
    expect(await views(token)).toEqual([]);
    expect((await t.http().get(`/t/${token}/file`)).status).toBe(404);
  });

  it('should answer 404 pages and beacons for unknown tokens', async () => {
    const page = await t.http().get('/t/AAAAAAAAAAAAAAAAAAAAAA').set('Accept', HTML_ACCEPT);
    expect(page.status).toBe(404);
    expect(page.text).toContain('页面不存在');
    expect((await beacon(t, 'AAAAAAAAAAAAAAAAAAAAAA', { viewerId: newViewerId(), type: 'open' })).status).toBe(404);
  });

  it.each([
    ['invalid JSON', '{"viewerId":'],
    ['an unknown type', { viewerId: 'AbCdEfGhIjKlMnOpQrStUv', type: 'purchase' }],
    ['an implausible visible time', { viewerId: 'AbCdEfGhIjKlMnOpQrStUv', type: 'heartbeat', visibleMs: 1e12 }],
    ['an unknown field', { viewerId: 'AbCdEfGhIjKlMnOpQrStUv', type: 'open', clientId: 1 }],
    ['a missing viewer id', { type: 'open' }],
  ])('should answer 400 to a beacon with %s and store nothing', async (_label, body) => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const res = await beacon(t, token, body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await views(token)).toEqual([]);
  });

  it('should answer 400 to a JSON-typed garbage beacon too', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const res = await t.http().post(`/t/${token}/beacon`).set('User-Agent', WECHAT_UA).send({ nonsense: true });
    expect(res.status).toBe(400);
  });

  it('should rate-limit beacons per viewer', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const viewer = newViewerId();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await beacon(t, token, { viewerId: viewer, type: 'scroll', scrollDepth: 10 })).status);
    expect(statuses.slice(0, 30).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
