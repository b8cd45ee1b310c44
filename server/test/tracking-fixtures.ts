import { randomBytes } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Client } from '../src/modules/clients/client.entity.js';
import { BeaconService } from '../src/modules/tracking/beacon/beacon.service.js';
import { AlertTriggersListener } from '../src/modules/feed/alerts/alert-triggers.listener.js';
import { AppEventsFeeder } from '../src/modules/feed/feed/producers/app-events.feeder.js';
import { ReadingSessionFeeder } from '../src/modules/feed/feed/producers/reading-session.feeder.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../src/modules/ingest/client-activity.js';
import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import { TrackedLink } from '../src/modules/outreach/sends/tracked-link.entity.js';
import { mintTrackedLinkToken } from '../src/modules/outreach/sends/mint-tracked-link.js';
import { type ContentIds, type Person, approved, person } from './library-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

/** Shared set-up for the tracking, feed and alert tests: people, a followed client, approved material, links. */
export const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN';
export const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export interface World {
  advisor: Person;
  otherAdvisor: Person;
  hq: Person;
  compliance: Person;
  client: Client;
  otherClient: Client;
  material: ContentIds;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const advisor = await person(t, 'advisor');
  const otherAdvisor = await person(t, 'advisor');
  const hq = await person(t, 'hq');
  const compliance = await person(t, 'compliance');
  const client = await makeClient(t.dataSource, { name: '王丽华', gender: 'female' });
  const otherClient = await makeClient(t.dataSource, { name: '李强', gender: 'male' });
  await makeFollow(t.dataSource, client, advisor.staff);
  await makeFollow(t.dataSource, otherClient, otherAdvisor.staff);
  const material = await approved(t, hq, compliance, 'material', productArticle('白酒行业深度'));
  return { advisor, otherAdvisor, hq, compliance, client, otherClient, material };
}

export function productArticle(title: string): object {
  return {
    type: 'article',
    title,
    summary: '高端白酒的需求韧性与估值',
    bodyHtml: '<p>正文第一段</p><p>正文第二段</p>',
    isProductRelated: true,
    riskLevel: 'R3',
    productCodes: ['600519'],
    disclaimerType: 'product',
  };
}

/** What the send flow does when an advisor sends material to a client: a send row and its tracked link. */
export async function mintLink(t: TestApp, advisor: Person, clientId: number, content: ContentIds): Promise<string> {
  const sends = t.dataSource.getRepository(Send);
  const send = await sends.save(
    sends.create({ channel: 'chat', status: 'sent', staffId: advisor.staff.id, clientId, contentKind: 'material', contentId: content.id, versionId: content.versionId, sentAt: t.clock.now() }),
  );
  const token = mintTrackedLinkToken();
  await t.dataSource.getRepository(TrackedLink).save({ token, sendId: send.id, clientId, staffId: advisor.staff.id, contentKind: 'material', contentId: content.id, versionId: content.versionId, variantId: null });
  return token;
}

export const newViewerId = (): string => randomBytes(16).toString('base64url');

export function beacon(t: TestApp, token: string, body: object | string, userAgent = WECHAT_UA) {
  return t
    .http()
    .post(`/t/${token}/beacon`)
    .set('User-Agent', userAgent)
    .set('Content-Type', 'text/plain;charset=UTF-8')
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A visible reading session: open, then a heartbeat every 15 s (the clock moves with it). */
export async function read(t: TestApp, token: string, viewerId: string, seconds: number, sessionId = 'session1'): Promise<void> {
  const opened = await beacon(t, token, { viewerId, sessionId, type: 'open' });
  if (opened.status !== 204) throw new Error(`open beacon answered ${opened.status} ${JSON.stringify(opened.body)}`);
  for (let elapsed = 15; elapsed <= seconds; elapsed += 15) {
    t.clock.advance(15_000);
    const beat = await beacon(t, token, { viewerId, sessionId, type: 'heartbeat', scrollDepth: Math.min(100, elapsed), visibleMs: 15_000 });
    if (beat.status !== 204) throw new Error(`heartbeat answered ${beat.status}`);
  }
}

/** An app event as ingestion stores it, announced the way ingestion announces it. */
export async function appEvent(t: TestApp, clientId: number, name: string, properties: Record<string, unknown>): Promise<void> {
  const repo = t.dataSource.getRepository(BehaviourEvent);
  await repo.save(repo.create({ eventId: randomBytes(8).toString('hex'), clientId, distinctId: `c${clientId}`, name, time: t.clock.now(), properties, receivedAt: t.clock.now() }));
  const event: ClientActivityEvent = { clientIds: [clientId], kinds: [name] };
  t.running.app.get(EventEmitter2).emit(CLIENT_ACTIVITY, event);
}

/** Waits until every debounced listener has written and the queue is empty (twice: jobs can trigger jobs). */
export async function settle(t: TestApp): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await t.running.app.get(BeaconService).flush();
    await t.running.app.get(ReadingSessionFeeder).flush();
    await t.running.app.get(AppEventsFeeder).flush();
    await t.running.app.get(AlertTriggersListener).flush();
    await t.running.queue.drain();
  }
}
