import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { ALL_MIGRATIONS } from '../src/database/migrations/index.js';
import { decodePortrait } from '../src/modules/portrait/entities/portrait-codec.js';
import { CompressedPortraits1700300000001 } from '../src/modules/portrait/migrations/1700300000001-compressed-portraits.js';
import { makeClient } from './support/factories.js';
import { createSharedTestDatabase, TEST_ENGINES, type TestDatabase } from './support/test-database.js';

/** A portrait as an earlier release stored it: the engine's output as JSON text, with Chinese labels. */
const ENGINE_OUTPUT = JSON.stringify({ clientId: '7', summaryZh: '稳健守护型，宜用安全边际叙事', values: { top: 'security' } });

describe.each(TEST_ENGINES)('portrait storage migration on %s', (engine) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createSharedTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('should keep portraits stored as JSON text readable after the column becomes binary', async () => {
    const before = ALL_MIGRATIONS.filter((m) => m !== CompressedPortraits1700300000001);
    const earlier = await new DataSource({ ...dataSourceOptions(db.config), migrations: before }).initialize();
    try {
      await earlier.runMigrations({ transaction: 'each' });
      const client = await makeClient(earlier);
      await earlier.query(
        'INSERT INTO client_portraits (client_id, rule_version, top_archetype, archetype_weights, trait_scores, anxiety, framing, format, lifecycle, value_group, summary_zh, portrait, computed_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [client.id, 'v1', 'security', '{"security":1}', '{}', 0, 'safety_margin', 'article', 'growing', 'stable', '稳健', ENGINE_OUTPUT, engine === 'mysql' ? new Date() : '2026-11-01 08:00:00.000'],
      );
    } finally {
      await earlier.destroy();
    }

    const current = await new DataSource(dataSourceOptions(db.config)).initialize();
    try {
      const ran = await current.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual(['CompressedPortraits1700300000001']);
      const [row] = (await current.query('SELECT portrait, top_archetype FROM client_portraits')) as { portrait: unknown; top_archetype: string }[];
      expect(row!.top_archetype).toBe('security');
      expect(decodePortrait(row!.portrait)).toEqual({ json: ENGINE_OUTPUT, legacy: true });
    } finally {
      await current.destroy();
    }
  });
});
