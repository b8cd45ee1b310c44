import { preparedQuery } from '../src/database/prepared-query.js';
import { makeClient } from './support/factories.js';
import { TEST_ENGINES, useMigratedDatabase } from './support/test-database.js';

/** A row with every kind of value the hot reads return: text, integer, DECIMAL, DATETIME, binary and NULL. */
const SQL =
  'SELECT c.id, c.name, c.risk_expires_at, c.avatar, h.market_value, h.opened_at, v.portrait ' +
  'FROM clients c JOIN holdings h ON h.client_id = c.id JOIN client_portrait_views v ON v.client_id = c.id WHERE c.id = ? AND c.name = ?';

describe.each(TEST_ENGINES)('prepared hot reads on %s', (engine) => {
  const dataSource = useMigratedDatabase(engine);

  it('should return the same values as the data source does for the same statement', async () => {
    const client = await makeClient(dataSource(), { name: '王女士', riskExpiresAt: new Date('2027-03-01T08:30:00.250Z') } as never);
    await dataSource().query('INSERT INTO holdings (client_id, product_code, product_category, risk_level, market_value, cost_value, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      client.id,
      '510300',
      'fund_equity',
      'R4',
      80_000.5,
      100_000,
      engine === 'mysql' ? new Date('2026-01-02T03:04:05.678Z') : '2026-01-02 03:04:05.678',
    ]);
    await dataSource().query('INSERT INTO client_portrait_views (client_id, portrait) VALUES (?, ?)', [client.id, Buffer.from([0x78, 0x01, 0xff, 0x00])]);

    const expected = await dataSource().query(SQL, [client.id, '王女士']);
    const prepared = await preparedQuery<Record<string, unknown>>(dataSource(), SQL, [client.id, '王女士']);
    expect(prepared).toHaveLength(1);
    expect({ ...prepared[0] }).toEqual({ ...expected[0] });
    expect(prepared[0]!.avatar).toBeNull();
    expect(Buffer.isBuffer(prepared[0]!.portrait)).toBe(true);
    expect(await preparedQuery(dataSource(), SQL, [client.id, '别人'])).toEqual([]);
  });

  it('should report a bad statement as the data source would', async () => {
    await expect(preparedQuery(dataSource(), 'SELECT nope FROM clients WHERE id = ?', [1])).rejects.toThrow(/nope/);
  });
});
