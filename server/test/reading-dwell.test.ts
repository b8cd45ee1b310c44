import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import { mintTrackedLinkToken } from '../src/modules/outreach/sends/mint-tracked-link.js';
import { TrackedLink } from '../src/modules/outreach/sends/tracked-link.entity.js';
import { ClientActivityListener } from '../src/modules/portrait/recompute/client-activity.listener.js';
import { ContentDwellRecorder } from '../src/modules/tracking/reading/content-dwell.recorder.js';
import { approved } from './library-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { decodePortrait, portraitJson } from '../src/modules/portrait/entities/portrait-codec.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';
import { type World, beacon, buildWorld, mintLink, newViewerId, productArticle, read, settle } from './tracking-fixtures.js';

const BOT_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe.each(TEST_ENGINES)('reading sessions as portrait events on %s', (engine) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    w = await buildWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const newClient = async () => {
    const client = await makeClient(t.dataSource, { name: '孙婷', gender: 'female' });
    await makeFollow(t.dataSource, client, w.advisor.staff);
    return client;
  };
  /** Beats written, then the dwell events (their own, longer window). */
  const recordDwell = async () => {
    await settle(t);
    await t.running.app.get(ContentDwellRecorder).flush();
  };
  const dwellEventsOf = (clientId: number) => t.dataSource.getRepository(BehaviourEvent).find({ where: { clientId, name: 'content_dwell' }, order: { time: 'ASC' } });
  const eventsOfViewer = (viewerId: string) => t.dataSource.getRepository(BehaviourEvent).findBy({ distinctId: `link-viewer:${viewerId}` });
  const heartbeat = (token: string, viewerId: string, sessionId: string) => {
    t.clock.advance(15_000);
    return beacon(t, token, { viewerId, sessionId, type: 'heartbeat', scrollDepth: 50, visibleMs: 15_000 });
  };

  it('should keep one content_dwell event per reading session that grows with the dwell, with the topic from the tags', async () => {
    const client = await newClient();
    const policy = await approved(t, w.hq, w.compliance, 'material', { ...productArticle('降准点评'), tags: ['热点', '政策'] });
    const token = await mintLink(t, w.advisor, client.id, policy);
    const viewer = newViewerId();
    const openedAt = t.clock.now();
    await read(t, token, viewer, 45);
    await recordDwell();
    const [first, ...none] = await dwellEventsOf(client.id);
    expect(none).toEqual([]);
    expect(first!.properties).toEqual({ contentId: `material:${policy.id}`, seconds: 45, topic: 'policy' });
    expect(first!.time.toISOString()).toBe(openedAt.toISOString());

    await heartbeat(token, viewer, 'session1');
    await heartbeat(token, viewer, 'session1');
    await recordDwell();
    await recordDwell(); // a repeated write of the same session changes nothing
    const grown = await dwellEventsOf(client.id);
    expect(grown.map((e) => [e.eventId, e.properties.seconds])).toEqual([[first!.eventId, 75]]);

    t.clock.advance(3_600_000);
    await read(t, token, viewer, 15, 'session2');
    await recordDwell();
    expect((await dwellEventsOf(client.id)).map((e) => e.properties.seconds)).toEqual([75, 15]);
  });

  it('should write nothing for a forward, a bot or a link sent to no one client', async () => {
    const client = await newClient();
    const token = await mintLink(t, w.advisor, client.id, w.material);
    const own = newViewerId();
    await read(t, token, own, 30);
    const forward = newViewerId();
    await read(t, token, forward, 60);
    await recordDwell();
    expect((await dwellEventsOf(client.id)).map((e) => e.properties.seconds)).toEqual([30]);
    expect(await eventsOfViewer(forward)).toEqual([]);

    const botClient = await newClient();
    const botToken = await mintLink(t, w.advisor, botClient.id, w.material);
    const bot = newViewerId();
    expect((await beacon(t, botToken, { viewerId: bot, sessionId: 'session1', type: 'open' }, BOT_UA)).status).toBe(204);
    expect((await beacon(t, botToken, { viewerId: bot, sessionId: 'session1', type: 'heartbeat', scrollDepth: 50, visibleMs: 15_000 }, BOT_UA)).status).toBe(204);
    await recordDwell();
    expect(await dwellEventsOf(botClient.id)).toEqual([]);

    const massToken = mintTrackedLinkToken();
    await t.dataSource.getRepository(TrackedLink).save({
      token: massToken, sendId: null, clientId: null, staffId: w.advisor.staff.id, contentKind: 'material', contentId: w.material.id, versionId: w.material.versionId, variantId: null,
    });
    const recipient = newViewerId();
    await read(t, massToken, recipient, 30);
    await recordDwell();
    expect(await eventsOfViewer(recipient)).toEqual([]);
  });

  it('should leave the topic out when no tag names one, and recompute the portrait from the reading', async () => {
    const client = await newClient();
    const token = await mintLink(t, w.advisor, client.id, w.material);
    await read(t, token, newViewerId(), 60);
    await recordDwell();
    const [event] = await dwellEventsOf(client.id);
    expect(event!.properties).toEqual({ contentId: `material:${w.material.id}`, seconds: 60 });

    await t.running.app.get(ClientActivityListener).flush();
    await t.running.queue.drain();
    const rows = (await t.dataSource.query('SELECT portrait FROM client_portrait_views WHERE client_id = ?', [client.id])) as { portrait: Buffer }[];
    expect(rows).toHaveLength(1);
    const view = JSON.parse(portraitJson(decodePortrait(rows[0]!.portrait))) as { behaviour: { metric: string; evidence: { values: object; refs: string[] } }[] };
    const dwell = view.behaviour.find((m) => m.metric === 'contentDwell')!;
    expect(dwell.evidence.values).toMatchObject({ totalSeconds: 60, sessions: 1 });
    expect(dwell.evidence.refs).toHaveLength(1);
  });
});
