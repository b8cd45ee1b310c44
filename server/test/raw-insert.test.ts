import { type Cell, insertRows } from '../src/database/raw-insert.js';
import { TEST_ENGINES, useMigratedDatabase } from './support/test-database.js';

const COLUMNS = ['client_id', 'rule_version', 'top_archetype', 'archetype_weights', 'trait_scores', 'anxiety', 'framing', 'format', 'lifecycle', 'value_group', 'summary_zh', 'computed_at'];
const row = (clientId: number, summary: string, at: Date): Cell[] => [clientId, 'v1', 'security', '{"security":1}', '{}', 12.5, 'safety_margin', 'article', 'growing', 'stable', summary, at];

describe.each(TEST_ENGINES)('multi-row insert and upsert on %s', (engine) => {
  const dataSource = useMigratedDatabase(engine);

  const stored = async () =>
    ((await dataSource().query('SELECT client_id, rule_version, summary_zh, computed_at FROM client_portraits ORDER BY client_id')) as Record<string, unknown>[]).map((r) => ({
      clientId: Number(r.client_id),
      ruleVersion: r.rule_version,
      summary: r.summary_zh,
      at: new Date(r.computed_at instanceof Date ? r.computed_at : `${String(r.computed_at).replace(' ', 'T')}Z`).toISOString(),
    }));
  const storedBytes = async () =>
    ((await dataSource().query('SELECT client_id, portrait FROM client_portrait_views ORDER BY client_id')) as Record<string, unknown>[]).map((r) => [Number(r.client_id), [...(r.portrait as Buffer)]]);

  it.each([false, true])('should insert new rows and update only the named columns of existing ones (prepared: %s)', async (prepared) => {
    await dataSource().query('DELETE FROM client_portraits');
    const first = new Date('2026-11-01T08:00:00.123Z');
    const later = new Date('2026-11-21T09:30:00.456Z');
    await insertRows(dataSource(), 'client_portraits', COLUMNS, [row(1, '一', first), row(2, '二', first)], 1);

    const update = { conflict: ['client_id'], update: ['summary_zh', 'computed_at'], prepared };
    const changed = row(2, '二改', later);
    changed[1] = 'v9'; // not among the updated columns: must stay v1
    await insertRows(dataSource(), 'client_portraits', COLUMNS, [changed, row(3, '三', later)], 500, update);

    expect(await stored()).toEqual([
      { clientId: 1, ruleVersion: 'v1', summary: '一', at: first.toISOString() },
      { clientId: 2, ruleVersion: 'v1', summary: '二改', at: later.toISOString() },
      { clientId: 3, ruleVersion: 'v1', summary: '三', at: later.toISOString() },
    ]);
  });

  it.each([false, true])('should write and replace binary values byte for byte (prepared: %s)', async (prepared) => {
    await dataSource().query('DELETE FROM client_portrait_views');
    const columns = ['client_id', 'portrait'];
    await insertRows(dataSource(), 'client_portrait_views', columns, [[1, Buffer.from([1, 0, 255])], [2, Buffer.from([1, 2])]]);
    await insertRows(dataSource(), 'client_portrait_views', columns, [[2, Buffer.from([1, 9, 9])], [3, Buffer.from([1])]], 500, { conflict: ['client_id'], update: ['portrait'], prepared });

    expect(await storedBytes()).toEqual([
      [1, [1, 0, 255]],
      [2, [1, 9, 9]],
      [3, [1]],
    ]);
  });
});
