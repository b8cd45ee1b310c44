import 'reflect-metadata';
import { logger } from '../../src/common/logging/logger.js';
import { createBenchDatabase, startBenchApp } from '../harness/bench-app.js';
import { SegmentQuery } from '../../src/modules/segments/segment-query.js';
import { SEGMENT_FILTER } from '../scenarios/segment-count.js';

logger.setLevel('error');
const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'mysql';
const db = await createBenchDatabase(kind, { quick: true, databases: [kind], clients: 0, events: 0, segmentClients: 0 });
const app = await startBenchApp(db, {});
const actor = { staffId: 1, role: 'hq' as const, name: 'x', departmentId: null, wecomUserId: null };
const qb = await app.running.app.get(SegmentQuery).build(actor, SEGMENT_FILTER);
const [sql, params] = qb.select('COUNT(*)', 'n').getQueryAndParameters();
console.log(sql, params);
const plan = await app.running.dataSource.query((kind === 'mysql' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ') + sql, params);
console.log(plan);
await app.close(); await db.drop();
