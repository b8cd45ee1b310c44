import { existsSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../src/config/app-config.js';
import { DEFAULT_RULES } from '../src/modules/portrait/engine/default-rules.js';
import { decodePortrait, portraitJson } from '../src/modules/portrait/entities/portrait-codec.js';
import type { ClientSet } from '../src/modules/portrait/loading/client-set.js';
import { PortraitInputLoader } from '../src/modules/portrait/loading/portrait-input.loader.js';
import { computeBatch } from '../src/modules/portrait/recompute/compute-batch.js';
import { PortraitComputer } from '../src/modules/portrait/recompute/portrait-computer.js';
import type { ComputedClient } from '../src/modules/portrait/recompute/portrait.store.js';
import { generateBundles, seedBundles } from './portrait-fixtures.js';
import { makeStaff } from './support/factories.js';
import { createSharedTestDatabase, migratedDataSource, TEST_ENGINES, type TestDatabase } from './support/test-database.js';

/** The compiled worker (`npm test` builds the server first): worker threads run JavaScript, not the TypeScript sources. */
const COMPILED_WORKER = new URL('../dist/modules/portrait/recompute/portrait-compute.worker.js', import.meta.url).pathname;

/** Rows as stored, with the view decoded, so a mismatch shows as JSON rather than compressed bytes. */
const readable = (computed: readonly ComputedClient[]) => computed.map((c) => ({ ...c, view: JSON.parse(portraitJson(decodePortrait(c.view))) as unknown }));

describe.each(TEST_ENGINES)('portrait workers on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let computer: PortraitComputer;
  const asOf = new Date('2026-06-30T16:00:00Z');

  beforeAll(async () => {
    if (!existsSync(COMPILED_WORKER)) throw new Error(`compiled worker missing at ${COMPILED_WORKER}: run npm run build -w server`);
    db = await createSharedTestDatabase(engine);
    ds = await migratedDataSource(db);
    const advisor = await makeStaff(ds);
    await seedBundles(ds, generateBundles({ branches: 1, advisorsPerBranch: 2, clients: 40, eventsPerClient: 60, months: 12, seed: 7 }, asOf), advisor);
    computer = new PortraitComputer({ database: db.config } as AppConfig, COMPILED_WORKER);
  }, 120_000);
  afterAll(async () => {
    await computer?.onModuleDestroy();
    await ds?.destroy();
    await db?.drop();
  });

  it('should read and compute a batch in a worker exactly as the main thread does', async () => {
    expect(computer.readsInWorker).toBe(true);
    const loader = new PortraitInputLoader(ds);
    const set: ClientSet = { kind: 'range', fromId: 1, toId: 1_000_000 };
    const inline = computeBatch(await loader.fetch(set, asOf.getTime(), DEFAULT_RULES), DEFAULT_RULES);
    const inWorker = await computer.readAndCompute(loader.plan(set, asOf.getTime(), DEFAULT_RULES), DEFAULT_RULES);

    expect(inline).toHaveLength(40);
    expect(readable(inWorker)).toEqual(readable(inline));
    // Bound as binary by both drivers: a Buffer, not the Uint8Array a thread hands over.
    expect(inWorker.every((c) => Buffer.isBuffer(c.view))).toBe(true);
  });

  it('should fail the batch, not hang, when the worker cannot run its reads', async () => {
    const loader = new PortraitInputLoader(ds);
    const plan = loader.plan({ kind: 'ids', ids: [1] }, asOf.getTime(), DEFAULT_RULES);
    plan.reads.events = { sql: 'SELECT * FROM no_such_table', parameters: [] };
    await expect(computer.readAndCompute(plan, DEFAULT_RULES)).rejects.toThrow(/no_such_table/);
  });
});
