import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Alert } from '../src/modules/feed/alerts/alert.entity.js';
import { AlertEvaluator } from '../src/modules/feed/alerts/alert-evaluator.service.js';
import { FeedItem } from '../src/modules/feed/feed/feed-item.entity.js';
import { SEND_RECORDED, type SendRecordedEvent } from '../src/modules/outreach/sends/send-events.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import { CLIENT_UNFOLLOWED, type FollowChangedEvent } from '../src/wecom/callback/contact-change.handler.js';
import { api } from './library-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';
import { type World, appEvent, buildWorld, mintLink, newViewerId, read, settle } from './tracking-fixtures.js';

interface FeedItemBody {
  id: number;
  type: string;
  textZh: string;
  clientId: number;
  data: Record<string, unknown>;
}

/** A raw SSE subscription: collects frames until the test closes it. */
function subscribe(t: TestApp, token: string): Promise<{ frames: () => string; waitFor: (text: string, ms?: number) => Promise<string>; close: () => void }> {
  const { port } = t.running.app.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/feed/stream', headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' } }, (res: IncomingMessage) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (buffer += chunk));
      resolve({
        frames: () => buffer,
        waitFor: async (text, ms = 5000) => {
          const deadline = Date.now() + ms;
          while (Date.now() < deadline) {
            if (buffer.includes(text)) return buffer;
            await new Promise((r) => setTimeout(r, 20));
          }
          throw new Error(`stream never carried "${text}"; got: ${buffer}`);
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
    req.end();
  });
}

describe.each(TEST_ENGINES)('behaviour feed on %s', (engine) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    w = await buildWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const timeline = async (clientId: number, query = '') => (await api(t, w.advisor).get(`/api/clients/${clientId}/timeline${query}`)).body.items as FeedItemBody[];

  it('should turn a read, three minutes of heartbeats and a watchlist add into one sentence and one high-intent alert', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const viewer = newViewerId();
    await read(t, token, viewer, 180);
    await settle(t);
    expect((await timeline(w.client.id))[0]!.textZh).toBe('王女士阅读《白酒行业深度》3分0秒');

    t.clock.advance(60_000);
    await appEvent(t, w.client.id, 'watchlist_add', { code: '600519' });
    await settle(t);

    const items = await timeline(w.client.id);
    const reads = items.filter((item) => item.type === 'content_read');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.textZh).toBe('王女士阅读《白酒行业深度》3分0秒，并将 600519 加入自选');
    expect(reads[0]!.data).toMatchObject({ dwellMs: 180_000, maxScrollPct: 100, watchlistCodes: ['600519'] });
    // the watchlist add is folded into the sentence, not listed twice
    expect(items.filter((item) => item.type === 'watchlist_add')).toEqual([]);
    expect(await t.dataSource.getRepository(FeedItem).countBy({ clientId: w.client.id, type: 'watchlist_add' })).toBe(1);

    // evaluating again (another heartbeat, and a direct second run) never doubles the alert
    await t.running.app.get(AlertEvaluator).evaluate([w.client.id]);
    await t.running.app.get(AlertEvaluator).evaluate([w.client.id]);
    await settle(t);
    const alerts = await t.dataSource.getRepository(Alert).findBy({ clientId: w.client.id, ruleKey: 'high_intent' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ staffId: w.advisor.staff.id, status: 'new' });
    // Raised once the read passed the rule's 120 s. The debounced evaluation may run while the heartbeats are still
    // arriving (a busy machine), so the evidence holds the dwell of that moment: 120–180 s, never under the threshold.
    const { readSeconds, productCode } = alerts[0]!.evidence.numbers as { readSeconds: number; productCode: string };
    expect(productCode).toBe('600519');
    expect(readSeconds).toBeGreaterThanOrEqual(120);
    expect(readSeconds).toBeLessThanOrEqual(180);
    expect(alerts[0]!.evidence.refs).toContain(`link:${token}`);
    const messages = t.running.simulator!.state.listAppMessages().filter((m) => m.message.textcard?.url.endsWith(`/sidebar/#/alerts/${alerts[0]!.id}`));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.touser).toBe(w.advisor.staff.wecomUserId);
    expect(messages[0]!.message.textcard!.title).toBe('【高意向】王女士');
  });

  it('should label a forwarded read and keep it out of the client\'s own reading', async () => {
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    await read(t, token, newViewerId(), 15);
    await read(t, token, newViewerId(), 65);
    await settle(t);
    const items = (await timeline(w.client.id)).filter((item) => item.data.token === token);
    expect(items.map((item) => [item.type, item.textZh]).sort()).toEqual([
      ['content_forward', '王女士转发的《白酒行业深度》被他人打开，阅读1分0秒'],
      ['content_read', '王女士阅读《白酒行业深度》15秒'],
    ]);
  });

  it('should page the timeline newest first with a keyset cursor and filter by type', async () => {
    const first = await api(t, w.advisor).get(`/api/clients/${w.client.id}/timeline?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api(t, w.advisor).get(`/api/clients/${w.client.id}/timeline?limit=1&before=${first.body.nextBefore}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(new Date(second.body.items[0].occurredAt).getTime()).toBeLessThanOrEqual(new Date(first.body.items[0].occurredAt).getTime());
    const forwards = await timeline(w.client.id, '?types=content_forward');
    expect(forwards.every((item) => item.type === 'content_forward')).toBe(true);
    expect((await api(t, w.advisor).get(`/api/clients/${w.client.id}/timeline?types=bogus`)).status).toBe(400);
  });

  it("should answer 404 for another advisor's client and keep each feed to the advisor's own clients", async () => {
    expect((await api(t, w.otherAdvisor).get(`/api/clients/${w.client.id}/timeline`)).status).toBe(404);
    const own = await api(t, w.advisor).get('/api/feed');
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((item: FeedItemBody) => item.clientId === w.client.id)).toBe(true);
    const other = await api(t, w.otherAdvisor).get('/api/feed');
    expect(other.body.items.some((item: FeedItemBody) => item.clientId === w.client.id)).toBe(false);
    expect((await api(t, w.hq).get('/api/feed')).body.items.length).toBeGreaterThan(0);
  });

  it('should write sends and WeCom contact changes as sentences', async () => {
    const send = await t.dataSource.getRepository(Send).save({
      channel: 'chat', status: 'sent', staffId: w.advisor.staff.id, clientId: w.client.id, contentKind: 'material', contentId: w.material.id, versionId: w.material.versionId, sentAt: t.clock.now(),
    });
    const emitter = t.running.app.get(EventEmitter2);
    const sent: SendRecordedEvent = { sendId: send.id, clientId: w.client.id, staffId: w.advisor.staff.id, at: t.clock.now() };
    await emitter.emitAsync(SEND_RECORDED, sent);
    const deleted: FollowChangedEvent = { clientId: w.client.id, staffId: w.advisor.staff.id, state: 'deleted_by_client', changeType: 'del_follow_user', at: t.clock.now() };
    await emitter.emitAsync(CLIENT_UNFOLLOWED, deleted);
    await emitter.emitAsync(CLIENT_UNFOLLOWED, deleted);
    await settle(t);
    const texts = (await timeline(w.client.id)).map((item) => item.textZh);
    expect(texts).toContain('您发送了《白酒行业深度》');
    expect(texts.filter((text) => text === '王女士删除了您的企业微信')).toHaveLength(1);
  });

  it('should push a new feed item to a subscribed advisor and not to another advisor', async () => {
    const mine = await subscribe(t, w.advisor.token);
    const theirs = await subscribe(t, w.otherAdvisor.token);
    await mine.waitFor(': connected');
    await theirs.waitFor(': connected');
    const token = await mintLink(t, w.advisor, w.client.id, w.material);
    const viewer = newViewerId();
    await read(t, token, viewer, 30, 'live1');
    const frames = await mine.waitFor('王女士阅读《白酒行业深度》30秒');
    expect(frames).toMatch(/event: feed\nid: \d+\ndata: \{.*"type":"content_read"/);
    await settle(t);
    expect(theirs.frames()).not.toContain('白酒行业深度');
    mine.close();
    theirs.close();
  });
});
