import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomBytes } from 'node:crypto';
import { DataSource, type Logger, type QueryRunner } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { PiiVault } from '../src/common/pii/pii-vault.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { PurchaseTimeIndex1701000000001 } from '../src/modules/analytics/migrations/1701000000001-purchase-time-index.js';
import { conversionFacts, purchasesIn } from '../src/modules/analytics/rollup/engagement-facts.js';
import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import { DistinctIdMapping } from '../src/modules/ingest/distinct-id-mapping.js';
import { PendingEventsIndex1700200000001 } from '../src/modules/ingest/migrations/1700200000001-pending-events-index.js';
import { PendingEventLinker } from '../src/modules/ingest/pending-event-linker.js';
import { makeClient } from './support/factories.js';
import { createTestDatabase, TEST_ENGINES, type TestDatabase, useMigratedDatabase } from './support/test-database.js';

const FULL = ['ix_behaviour_events_distinct_client', 'ix_behaviour_events_name_time'];
const PARTIAL = ['ix_behaviour_events_pending', 'ix_behaviour_events_purchase_time'];
const DAY_MS = 86_400_000;

const indexNames = async (runner: QueryRunner): Promise<string[]> => ((await runner.getTable('behaviour_events'))?.indices ?? []).map((i) => i.name!).sort();

/**
 * behaviour_events takes 10M+ rows: on SQLite the two lookups that only ever want a small share of them (events still
 * waiting for their client, purchases) index that share alone, so an ingested event adds no entry at a random place
 * of a full-size index; MySQL keeps full indexes.
 */
describe.each(TEST_ENGINES)('behaviour_events indexes on %s', (engine) => {
  const dataSource = useMigratedDatabase(engine);

  it('should index pending events and purchases alone on SQLite and keep the full indexes on MySQL, both ways', async () => {
    const runner = dataSource().createQueryRunner();
    try {
      const [kept, dropped] = engine === 'sqlite' ? [PARTIAL, FULL] : [FULL, PARTIAL];
      const migrated = await indexNames(runner);
      expect(migrated).toEqual(expect.arrayContaining(kept));
      for (const name of dropped) expect(migrated).not.toContain(name);

      const migrations = [new PurchaseTimeIndex1701000000001(), new PendingEventsIndex1700200000001()];
      for (const m of migrations) await m.down(runner);
      expect(await indexNames(runner)).toEqual(expect.arrayContaining(FULL));
      for (const m of migrations.reverse()) await m.up(runner);
      expect(await indexNames(runner)).toEqual(migrated);
    } finally {
      await runner.release();
    }
  });

  it('should still link pending events and find purchases in a window', async () => {
    const now = Date.now();
    const client = await makeClient(dataSource(), { externalUserId: 'wmINDEXES1' });
    const event = (eventId: string, name: string, clientId: number | null, at: number) =>
      ({ eventId, clientId, distinctId: 'wmINDEXES1', name, time: new Date(at), properties: {}, receivedAt: new Date(now) }) as QueryDeepPartialEntity<BehaviourEvent>;
    await dataSource().getRepository(BehaviourEvent).insert([
      event('ix-pending', 'login', null, now - 3 * DAY_MS),
      event('ix-buy-in', 'purchase', client.id, now - DAY_MS),
      event('ix-buy-out', 'purchase', client.id, now - 10 * DAY_MS),
      event('ix-view', 'product_view', client.id, now - DAY_MS),
    ]);

    const linker = new PendingEventLinker(dataSource(), new DistinctIdMapping('external_userid', new PiiVault(randomBytes(32))), new EventEmitter2());
    expect(await linker.linkClients([client.id])).toBe(1);
    expect((await dataSource().getRepository(BehaviourEvent).findOneByOrFail({ eventId: 'ix-pending' })).clientId).toBe(client.id);

    const purchases = await purchasesIn(dataSource(), { start: new Date(now - 2 * DAY_MS), end: new Date(now) }).getRawMany<{ client_id: number }>();
    expect(purchases.map((p) => Number(p.client_id))).toEqual([client.id]);
  });
});

/** The statements a piece of code runs, captured through TypeORM's logger. */
class CapturedStatements implements Logger {
  readonly statements: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]): void {
    if (/behaviour_events/.test(sql) && /^\s*(SELECT|UPDATE)/i.test(sql)) this.statements.push({ sql, params: params ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

describe('the partial indexes serve their queries on SQLite', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const captured = new CapturedStatements();

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    ds = await new DataSource({ ...dataSourceOptions(db.config), logging: ['query'], logger: captured }).initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const plans = async () => {
    const details: string[] = [];
    for (const { sql, params } of captured.statements) {
      const rows = (await ds.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as { detail: string }[];
      details.push(rows.map((r) => r.detail).join(' | '));
    }
    captured.statements.length = 0;
    return details;
  };

  it('should find the pending events of new clients through the pending index', async () => {
    const client = await makeClient(ds, { externalUserId: 'wmPLAN1' });
    await ds.getRepository(BehaviourEvent).insert({ eventId: 'plan-pending', clientId: null, distinctId: 'wmPLAN1', name: 'login', time: new Date(), properties: {}, receivedAt: new Date() } as QueryDeepPartialEntity<BehaviourEvent>);
    captured.statements.length = 0;
    await new PendingEventLinker(ds, new DistinctIdMapping('external_userid', new PiiVault(randomBytes(32))), new EventEmitter2()).linkClients([client.id]);
    const details = await plans();
    expect(details).toHaveLength(2);
    for (const detail of details) expect(detail).toContain('ix_behaviour_events_pending');
  });

  it("should read a window's purchases through the purchase index", async () => {
    captured.statements.length = 0;
    await conversionFacts(ds, { start: new Date(Date.now() - DAY_MS), end: new Date() });
    const [purchases] = await plans();
    expect(purchases).toContain('ix_behaviour_events_purchase_time');
  });
});
