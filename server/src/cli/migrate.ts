import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ensureAdminUser } from '../bootstrap/admin-user.js';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/**
 * One-shot schema migration for deployments (Kubernetes Job, Compose service): runs pending
 * migrations, creates the admin login if missing, exits 0 when the schema is current.
 */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const dataSource = new DataSource(dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(`${applied.length} migration(s) applied${applied.map((m) => `\n  ${m.name}`).join('')}\n`);
    const admin = await ensureAdminUser(dataSource, config.adminPassword);
    if (admin.created && admin.password) process.stdout.write(`admin user created, password: ${admin.password}\n`);
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
