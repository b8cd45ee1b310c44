import { DataSource } from 'typeorm';
import { benchConfig, type BenchDatabase, type BenchDatabaseKind, createBenchDatabase, migrate } from './bench-app.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import type { GeneratorOptions } from '../../src/demo/generator/types.js';
import type { BenchOptions } from './types.js';

/**
 * The brokerage the portrait scenarios share, per database: the demo seed (org, advisors, clients with encrypted
 * PII, follows, products, holdings, trades, cash flows, questionnaires, behaviour events) at bench scale. Seeding
 * 100,000 clients takes minutes, so the full recompute scenario and the profile scenario use the same one; the
 * recompute leaves every portrait computed for the profile reads.
 */
export interface PortraitWorld {
  db: BenchDatabase;
  scale: GeneratorOptions;
  seedMs: number;
  eventRows: number;
  /** ANALYZE ran after seeding (SQLite, --sqlite-analyze). */
  analyzed: boolean;
  portraitsComputed: boolean;
}

const QUICK_CLIENTS = 2000;
/** DEMO_SCALE's history: 12 months, ~40 app events per client (plus trade-mirroring events). */
const EVENTS_PER_CLIENT = 40;
const CLIENTS_PER_ADVISOR = 200;

const worlds = new Map<BenchDatabaseKind, Promise<PortraitWorld>>();

export function portraitWorldScale(options: BenchOptions): GeneratorOptions {
  const clients = options.quick ? Math.min(options.clients, QUICK_CLIENTS) : options.clients;
  const advisors = Math.max(10, Math.round(clients / CLIENTS_PER_ADVISOR));
  return { branches: Math.ceil(advisors / 10), advisorsPerBranch: 10, clients, eventsPerClient: EVENTS_PER_CLIENT, months: 12, seed: 20261121 };
}

export function portraitWorld(kind: BenchDatabaseKind, options: BenchOptions): Promise<PortraitWorld> {
  let world = worlds.get(kind);
  if (!world) {
    world = createWorld(kind, options);
    worlds.set(kind, world);
  }
  return world;
}

async function createWorld(kind: BenchDatabaseKind, options: BenchOptions): Promise<PortraitWorld> {
  const db = await createBenchDatabase(kind, options);
  await migrate(db);
  const scale = portraitWorldScale(options);
  const ds = await new DataSource(dataSourceOptions(db.config)).initialize();
  try {
    const started = performance.now();
    const seeded = await seedDemoData(ds, benchConfig(db), scale, undefined);
    const analyzed = kind === 'sqlite' && options.sqliteAnalyze;
    if (analyzed) await ds.query('ANALYZE');
    return { db, scale, seedMs: performance.now() - started, eventRows: seeded.activity.events, portraitsComputed: false, analyzed };
  } finally {
    await ds.destroy();
  }
}

/** Drops every shared world (called once at the end of the run). */
export async function releasePortraitWorlds(): Promise<void> {
  for (const world of worlds.values()) await (await world.catch(() => null))?.db.drop();
  worlds.clear();
}
