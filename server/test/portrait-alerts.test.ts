import { EventEmitter2 } from '@nestjs/event-emitter';
import { Holding } from '../src/modules/client-data/entities/holding.entity.js';
import type { Client } from '../src/modules/clients/client.entity.js';
import { Alert } from '../src/modules/feed/alerts/alert.entity.js';
import { AlertTriggersListener } from '../src/modules/feed/alerts/alert-triggers.listener.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../src/modules/ingest/client-activity.js';
import { ClientActivityListener } from '../src/modules/portrait/recompute/client-activity.listener.js';
import { api, type Person, person } from './library-fixtures.js';
import { insertRows } from './portrait-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const HOUR = 3_600_000;
const COST = 100_000;

describe.each(TEST_ENGINES)('portrait-based alerts after a recompute on %s', (engine) => {
  let t: TestApp;
  let advisor: Person;
  let hq: Person;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    advisor = await person(t, 'advisor');
    hq = await person(t, 'hq');
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  /**
   * Loss-averse by questionnaire (λ = 3.5), checking quotes three times a day and writing anxiously in chat: anxious
   * as soon as the portfolio is under water, calm while it is at cost.
   */
  async function lossAverseClient(): Promise<Client> {
    const client = await makeClient(t.dataSource, { name: '周慧', gender: 'female' });
    await makeFollow(t.dataSource, client, advisor.staff);
    const now = t.clock.now().getTime();
    await insertRows(t.dataSource, 'questionnaires', [{ client_id: client.id, loss_aversion_lambda: 3.5, answers: '{}', answered_at: new Date(now - 30 * 24 * HOUR) }]);
    await t.dataSource.getRepository(Holding).insert({ clientId: client.id, productCode: '510300', productCategory: 'fund_equity', riskLevel: 'R4', marketValue: COST, costValue: COST, openedAt: new Date(now - 200 * 24 * HOUR) });
    const event = (name: string, i: number, properties: object) => ({
      event_id: `anx-${client.id}-${name}-${i}`, client_id: client.id, distinct_id: `c${client.id}`, name, time: new Date(now - (i + 1) * 5 * HOUR), properties: JSON.stringify(properties), received_at: new Date(now),
    });
    await insertRows(t.dataSource, 'behaviour_events', [
      ...Array.from({ length: 90 }, (_, i) => event('quote_view', i, { code: '510300' })),
      ...Array.from({ length: 3 }, (_, i) => event('chat_message', i, { negative: true })),
    ]);
    return client;
  }

  const anxietyAlerts = (clientId: number) => t.dataSource.getRepository(Alert).findBy({ clientId, ruleKey: 'anxiety' });
  const portraitOf = async (clientId: number) =>
    ((await t.dataSource.query('SELECT anxiety, trait_scores FROM client_portraits WHERE client_id = ?', [clientId])) as { anxiety: number | string; trait_scores: string }[])[0];
  const evaluateTriggered = async () => {
    await t.running.app.get(AlertTriggersListener).flush();
    await t.running.queue.drain();
  };

  /** As in production: the alert triggers flush (200 ms) before the debounced recompute (2 s) has run. */
  async function importHoldings(clientId: number): Promise<void> {
    const event: ClientActivityEvent = { clientIds: [clientId], kinds: ['holdings'] };
    t.running.app.get(EventEmitter2).emit(CLIENT_ACTIVITY, event);
    await evaluateTriggered();
    await t.running.app.get(ClientActivityListener).flush();
    await t.running.queue.drain();
    await evaluateTriggered();
  }

  it('should raise the anxiety alert once, after the recompute that sees a loss-averse client fall into drawdown', async () => {
    const client = await lossAverseClient();
    await importHoldings(client.id);
    const calm = await portraitOf(client.id);
    expect(JSON.parse(calm!.trait_scores).loss_aversion).toBeGreaterThanOrEqual(60);
    expect(Number(calm!.anxiety)).toBeLessThan(70);
    expect(await anxietyAlerts(client.id)).toEqual([]);

    t.clock.advance(HOUR); // the next day's holdings file
    await t.dataSource.getRepository(Holding).update({ clientId: client.id }, { marketValue: COST * 0.7 });
    await importHoldings(client.id);
    expect(Number((await portraitOf(client.id))!.anxiety)).toBeGreaterThanOrEqual(70);
    const alerts = await anxietyAlerts(client.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ staffId: advisor.staff.id, status: 'new' });
    expect(alerts[0]!.evidence.numbers).toMatchObject({ drawdownPct: 30 });

    // Later recomputes of the same state stay inside the cool-down.
    t.clock.advance(HOUR);
    await importHoldings(client.id);
    expect(await anxietyAlerts(client.id)).toHaveLength(1);
  });

  it('should evaluate the portrait rules after a full recompute too', async () => {
    const client = await lossAverseClient();
    await t.dataSource.getRepository(Holding).update({ clientId: client.id }, { marketValue: COST * 0.75 });
    expect(await anxietyAlerts(client.id)).toEqual([]);
    const started = await api(t, hq).post('/api/portrait/recompute');
    expect(started.status).toBe(202);
    await t.running.queue.drain(60_000);
    await evaluateTriggered();
    const alerts = await anxietyAlerts(client.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence.numbers).toMatchObject({ drawdownPct: 25 });
  });
});
