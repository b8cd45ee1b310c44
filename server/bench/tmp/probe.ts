import 'reflect-metadata';
import { logger } from '../../src/common/logging/logger.js';
import { createBenchDatabase, migrate } from '../harness/bench-app.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { batches, eventStream, ingestDatasetOptions } from '../harness/event-stream.js';

logger.setLevel('error');
import { createHash } from 'node:crypto';
const mode = process.argv[3]; const mode2 = process.argv[4];
const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'mysql';
const opts = { quick: true, databases: [kind], clients: 0, events: 0, segmentClients: 0 };
const db = await createBenchDatabase(kind, opts);
await migrate(db);
const ds = await new DataSource(dataSourceOptions(db.config)).initialize();
if (process.argv[5] === 'drop') await ds.query('DROP INDEX ' + (kind === 'mysql' ? 'ix_behaviour_events_name_time ON behaviour_events' : 'ix_behaviour_events_name_time'));
const dataset = ingestDatasetOptions(10000, 200000);
let gen = 0, ms = 0, rows = 0, bytes = 0;
const tuple = '(?, ?, ?, ?, ?, ?, ?)';
let t0 = performance.now();
const all = [...batches(eventStream(dataset, 200000), 500)];
gen = performance.now() - t0;
for (const batch of all) {
  const params = batch.flatMap((e) => { const p = JSON.stringify(e.properties); bytes += p.length; const cid = Number(e.customerNo.slice(4)); return [e.eventId, mode === 'rand' ? cid : 1, mode === 'rand' ? createHash('sha256').update(e.customerNo).digest('hex') : 'abcdef'.repeat(10), e.name, mode2 === 'time' ? new Date(e.time).toISOString().replace('T',' ').replace('Z','') : '2026-10-01 10:00:00.000', p, '2026-11-21 00:00:00.000']; });
  const sql = `INSERT OR IGNORE INTO behaviour_events (event_id, client_id, distinct_id, name, time, properties, received_at) VALUES ${batch.map(() => tuple).join(', ')}`;
  const t = performance.now();
  await ds.query(sql, params);
  ms += performance.now() - t; rows += batch.length;
}
console.log({ gen, rowsPerS: rows / (ms / 1000), avgProps: bytes / rows });
await ds.destroy(); await db.drop();
