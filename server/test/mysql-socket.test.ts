import { existsSync } from 'node:fs';
import { createPool } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { MYSQL_CLIENT_OPTIONS } from '../src/database/mysql-client-options.js';
import { createTestDatabase, TEST_ENGINES, type TestDatabase } from './support/test-database.js';

/** How the server names a connection's peer: 'localhost' over its Unix socket, 'host:port' over TCP. */
const PEER_SQL = 'SELECT HOST AS host, DATABASE() AS db FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()';

/** Only a MySQL/MariaDB server has a socket to reach; CI always runs this block (TEST_DATABASE_URL is set there). */
const onMysql = TEST_ENGINES.includes('mysql') ? describe : describe.skip;

onMysql('a MySQL server on the same machine, over its Unix socket', () => {
  let db: TestDatabase;
  let socket: string;
  let database: string;

  beforeAll(async () => {
    db = await createTestDatabase('mysql');
    const probe = await new DataSource(dataSourceOptions(db.config)).initialize();
    const [server] = await probe.query<{ socket: string; database: string }[]>('SELECT @@socket AS socket, DATABASE() AS `database`');
    ({ socket, database } = server!);
    await probe.destroy();
  });
  afterAll(async () => {
    await db?.drop();
  });

  const urlWithSocket = () => {
    const url = new URL(db.config.url!);
    url.searchParams.set('socketPath', socket);
    return url.toString();
  };

  it('should connect the data source over the socket the URL names, to the same database, and over TCP without it', async () => {
    expect(existsSync(socket)).toBe(true);
    const overTcp = await new DataSource(dataSourceOptions(db.config)).initialize();
    const overSocket = await new DataSource(dataSourceOptions({ ...db.config, url: urlWithSocket() })).initialize();
    try {
      const [tcp] = await overTcp.query<{ host: string; db: string }[]>(PEER_SQL);
      const [local] = await overSocket.query<{ host: string; db: string }[]>(PEER_SQL);
      expect(tcp!.host).toMatch(/:\d+$/);
      expect(local).toEqual({ host: 'localhost', db: database });
    } finally {
      await overTcp.destroy();
      await overSocket.destroy();
    }
  });

  it("should connect the compute workers' raw pools (mysql2 reading the same URL) over it too", async () => {
    const pool = createPool({ uri: urlWithSocket(), ...MYSQL_CLIENT_OPTIONS, connectionLimit: 1 });
    try {
      const [rows] = await pool.query(PEER_SQL);
      expect(rows).toEqual([{ host: 'localhost', db: database }]);
    } finally {
      await pool.end();
    }
  });
});
