import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { hashApiKey } from '../../src/common/auth/api-key.verifier.js';
import { PiiVault } from '../../src/common/pii/pii-vault.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { ApiKey } from '../../src/modules/api-keys/api-key.entity.js';
import { MAX_BATCH } from '../../src/modules/ingest/sensors-track.js';
import { type BenchDatabase, migrate, startBenchApp, withBenchDatabase } from '../harness/bench-app.js';
import { batches, eventStream, ingestDatasetOptions } from '../harness/event-stream.js';
import type { SenderInput, SenderOutput } from '../harness/ingest-sender.worker.js';
import { seedClientIdentities } from '../harness/seed-clients.js';
import type { BenchOptions, Scenario, ScenarioResult } from '../harness/types.js';

const QUICK_EVENTS = 100_000;
const QUICK_CLIENTS = 10_000;
const SENDERS = 8;

/**
 * Issue 3: POST /api/ingest/events with batches of 500 from concurrent senders, through a whole server with an
 * `ingest` API key (target ≥ 20,000 events/s). Ceiling: the same rows as raw multi-row INSERTs of 500 into
 * behaviour_events on one connection, timed statement by statement in the same run, on the same emptied table.
 */
export const ingestScenario: Scenario = {
  name: 'ingest',
  usesDatabase: true,
  async run(options, database) {
    const db = database as 'sqlite' | 'mysql';
    const events = options.quick ? Math.min(options.events, QUICK_EVENTS) : options.events;
    const clients = options.quick ? Math.min(options.clients, QUICK_CLIENTS) : options.clients;
    return withBenchDatabase(db, options, (bench) => measureIngest(bench, options, clients, events));
  },
};

async function measureIngest(bench: BenchDatabase, options: BenchOptions, clients: number, events: number): Promise<ScenarioResult[]> {
  await migrate(bench);
  const dataset = ingestDatasetOptions(clients, events);
  const vault = new PiiVault(Buffer.from(bench.piiKey, 'base64'));
  const seedDs = await new DataSource(dataSourceOptions(bench.config)).initialize();
  const identities = await seedClientIdentities(seedDs, vault, dataset);
  await seedDs.destroy();

  const app = await startBenchApp(bench, { migrated: true, workers: false });
  let sender: SenderOutput;
  let stored: number;
  try {
    const apiKey = `vl_${randomBytes(24).toString('base64url')}`;
    await app.running.dataSource.getRepository(ApiKey).insert({ name: 'bench', keyHash: hashApiKey(apiKey), prefix: apiKey.slice(0, 8), scope: 'ingest' });
    const input: SenderInput = { url: `${app.baseUrl}/api/ingest/events`, apiKey, dataset, events, batchSize: MAX_BATCH, senders: SENDERS };
    sender = await runSenders(input);
    stored = await countEvents(app.running.dataSource);
  } finally {
    await app.close();
  }

  const ceiling = await rawInsertCeiling(bench, dataset, events, identities);
  const throughput = (sender.accepted + sender.duplicates) / (sender.ms / 1000);
  const scale = `${events.toLocaleString('en')} events, ${clients.toLocaleString('en')} clients, ${SENDERS} senders × ${MAX_BATCH}/batch`;
  const failures = sender.failedRequests ? `; ${sender.failedRequests} failed requests (${sender.firstFailure})` : '';
  return [
    {
      scenario: 'ingest',
      metric: 'throughput',
      value: throughput,
      unit: 'events/s',
      target: '≥ 20,000 events/s',
      ceiling: { label: 'raw INSERT', value: ceiling.eventsPerSecond },
      ratio: throughput / ceiling.eventsPerSecond,
      scale,
      database: bench.kind,
      notes:
        `${sender.accepted} stored, ${sender.duplicates} duplicate, ${sender.rejected} rejected; ${stored} rows in behaviour_events; ` +
        `request p50 ${sender.requestP50Ms.toFixed(0)} ms, p95 ${sender.requestP95Ms.toFixed(0)} ms; ceiling ${ceiling.rows} rows in ${(ceiling.ms / 1000).toFixed(1)} s${failures}`,
    },
  ];
}

function runSenders(input: SenderInput): Promise<SenderOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../harness/ingest-sender.worker.js', import.meta.url), { workerData: input });
    worker.on('message', (message: { result?: SenderOutput; progress?: number }) => {
      if (message.result) resolve(message.result);
      else process.stderr.write(` [${message.progress?.toLocaleString('en')} sent]`);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`ingest sender exited with ${code}`))));
  });
}

async function countEvents(ds: DataSource): Promise<number> {
  const rows = await ds.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM behaviour_events');
  return Number(rows[0]?.n ?? 0);
}

/**
 * The same events as the HTTP run, written as the store writes them (event id, client, blind-indexed distinct id,
 * name, time, properties JSON, received_at) with INSERT … IGNORE of 500 rows per statement. Rows are built before
 * each statement and only the statement is timed: what the database alone can take.
 */
async function rawInsertCeiling(
  bench: BenchDatabase,
  dataset: ReturnType<typeof ingestDatasetOptions>,
  events: number,
  identities: Map<string, { id: number; key: string }>,
): Promise<{ rows: number; ms: number; eventsPerSecond: number }> {
  const ds = await new DataSource(dataSourceOptions(bench.config)).initialize();
  try {
    const mysql = bench.kind === 'mysql';
    await ds.query(mysql ? 'TRUNCATE TABLE behaviour_events' : 'DELETE FROM behaviour_events');
    const receivedAt = new Date();
    const when = (d: Date): Date | string => (mysql ? d : d.toISOString().replace('T', ' ').replace('Z', ''));
    const columns = ['event_id', 'client_id', 'distinct_id', 'name', 'time', 'properties', 'received_at'].map((c) => (mysql ? `\`${c}\`` : `"${c}"`));
    const verb = mysql ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    let ms = 0;
    let rows = 0;
    for (const batch of batches(eventStream(dataset, events), MAX_BATCH)) {
      const params = batch.flatMap((e) => {
        const who = identities.get(e.customerNo);
        if (!who) throw new Error(`generated event of an unseeded client ${e.customerNo}`);
        return [e.eventId, who.id, who.key, e.name, when(new Date(e.time)), JSON.stringify(e.properties), when(receivedAt)];
      });
      const sql = `${verb} INTO behaviour_events (${columns.join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`;
      const started = performance.now();
      await ds.query(sql, params);
      ms += performance.now() - started;
      rows += batch.length;
      if (rows % 1_000_000 === 0) process.stderr.write(` [ceiling ${rows.toLocaleString('en')}]`);
    }
    return { rows, ms, eventsPerSecond: rows / (ms / 1000) };
  } finally {
    await ds.destroy();
  }
}
