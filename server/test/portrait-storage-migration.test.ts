import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { ALL_MIGRATIONS } from '../src/database/migrations/index.js';
import { decodePortrait } from '../src/modules/portrait/entities/portrait-codec.js';
import { CompressedPortraits1700300000001 } from '../src/modules/portrait/migrations/1700300000001-compressed-portraits.js';
import { PortraitViews1700300000002 } from '../src/modules/portrait/migrations/1700300000002-portrait-views.js';
import { makeClient } from './support/factories.js';
import { createSharedTestDatabase, TEST_ENGINES, type TestDatabase } from './support/test-database.js';

/** A portrait as an earlier release stored it: the engine's output as JSON text, with Chinese labels. */
const ENGINE_OUTPUT = JSON.stringify({ clientId: '7', summaryZh: '稳健守护型，宜用安全边际叙事', values: { top: 'security' } });

describe.each(TEST_ENGINES)('portrait storage migrations on %s', (engine) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createSharedTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const readBack = async (ds: DataSource) =>
    (await ds.query('SELECT p.top_archetype, v.portrait FROM client_portraits p JOIN client_portrait_views v ON v.client_id = p.client_id')) as { portrait: unknown; top_archetype: string }[];

  it('should keep a portrait stored as JSON text readable as the column becomes binary and then moves to its own table, and back', async () => {
    const before = ALL_MIGRATIONS.filter((m) => m !== CompressedPortraits1700300000001 && m !== PortraitViews1700300000002);
    const earlier = await new DataSource({ ...dataSourceOptions(db.config), migrations: before }).initialize();
    let clientId: number;
    try {
      await earlier.runMigrations({ transaction: 'each' });
      clientId = (await makeClient(earlier)).id;
      await earlier.query(
        'INSERT INTO client_portraits (client_id, rule_version, top_archetype, archetype_weights, trait_scores, anxiety, framing, format, lifecycle, value_group, summary_zh, portrait, computed_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [clientId, 'v1', 'security', '{"security":1}', '{}', 0, 'safety_margin', 'article', 'growing', 'stable', '稳健', ENGINE_OUTPUT, engine === 'mysql' ? new Date() : '2026-11-01 08:00:00.000'],
      );
    } finally {
      await earlier.destroy();
    }

    const current = await new DataSource(dataSourceOptions(db.config)).initialize();
    try {
      const ran = await current.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual(['CompressedPortraits1700300000001', 'PortraitViews1700300000002']);
      const [row] = await readBack(current);
      expect(row!.top_archetype).toBe('security');
      expect(decodePortrait(row!.portrait)).toEqual({ json: ENGINE_OUTPUT, legacy: true });
      const columns = (await current.createQueryRunner().getTable('client_portraits'))!.columns.map((c) => c.name);
      expect(columns).not.toContain('portrait');
      // client_id stays the row's unique key whatever the table is clustered by.
      await expect(current.query('INSERT INTO client_portraits (client_id, rule_version, top_archetype, archetype_weights, trait_scores, anxiety, framing, format, lifecycle, value_group, summary_zh, computed_at) SELECT client_id, rule_version, ?, archetype_weights, trait_scores, anxiety, framing, format, lifecycle, value_group, summary_zh, computed_at FROM client_portraits', ['growth'])).rejects.toThrow();

      await current.undoLastMigration({ transaction: 'each' });
      const [restored] = (await current.query('SELECT client_id, top_archetype, portrait FROM client_portraits')) as { client_id: number; portrait: unknown; top_archetype: string }[];
      expect(Number(restored!.client_id)).toBe(clientId);
      expect(decodePortrait(restored!.portrait)).toEqual({ json: ENGINE_OUTPUT, legacy: true });
      expect(await current.createQueryRunner().hasTable('client_portrait_views')).toBe(false);

      expect((await current.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['PortraitViews1700300000002']);
      expect(decodePortrait((await readBack(current))[0]!.portrait)).toEqual({ json: ENGINE_OUTPUT, legacy: true });
    } finally {
      await current.destroy();
    }
  });
});
