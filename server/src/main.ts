import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import { ensureAdminUser } from './bootstrap/admin-user.js';
import { logger } from './common/logging/logger.js';
import { ShutdownState } from './health/shutdown-state.js';
import { ConfigError } from './config/env.js';
import { type AppConfig, loadConfig } from './config/app-config.js';
import { readRunMode } from './config/run-mode.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { enqueueInitialPortraits, seedDemoContent } from './demo/demo-content.js';
import { prepareDemoWorld } from './demo/demo-world.js';

async function main(): Promise<void> {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const mode = readRunMode();
  const { admin, simulatorSeed, demoSummary } = await prepareDatabase(config, mode.runMigrations);

  const running = await createApp(config, {
    workers: mode.workers,
    serveApps: mode.http,
    simulatorSeed,
  });
  if (config.wecom.simulator) {
    await seedDemoContent(running.app, running.dataSource);
    await enqueueInitialPortraits(running.app, running.dataSource);
  }
  await running.app.listen(config.port, config.host);
  const url = `http://127.0.0.1:${config.port}`;
  running.simulator?.setCallbackUrl(`${url}/api/wecom/callback`);
  installShutdown(running.app.get(ShutdownState), () => running.close());
  printBanner(config, url, admin, demoSummary);
}

/** Migrations, the admin login and (embedded demo) the demo world, before the app starts serving. */
async function prepareDatabase(config: AppConfig, runMigrations: boolean) {
  const dataSource = new DataSource(dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    if (runMigrations) await dataSource.runMigrations({ transaction: 'each' });
    else if (await dataSource.showMigrations()) {
      throw new ConfigError('database schema is behind: run `node server/dist/cli/migrate.js` first (or set RUN_MIGRATIONS=true)');
    }
    const admin = await ensureAdminUser(dataSource, config.adminPassword);
    const demo = config.wecom.simulator ? await prepareDemoWorld(dataSource, config, admin.password ?? config.adminPassword) : undefined;
    return { admin, simulatorSeed: demo?.simulatorSeed, demoSummary: demo?.summary };
  } finally {
    await dataSource.destroy();
  }
}

function installShutdown(state: ShutdownState, close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    state.draining = true;
    logger.info('shutting down', { signal });
    // Give the load balancer a moment to see /readyz fail, then stop accepting and finish in-flight work.
    const grace = Number(process.env.SHUTDOWN_DELAY_MS ?? (process.env.NODE_ENV === 'production' ? 5000 : 0));
    setTimeout(() => {
      close()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error('shutdown failed', { error: String(error) });
          process.exit(1);
        });
    }, grace).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function printBanner(config: AppConfig, url: string, admin: { created: boolean; password?: string }, demo?: string): void {
  const lines = [
    '',
    '  价值透镜 ValueLens is running',
    `  Admin web   ${url}/admin/`,
    `  Sidebar H5  ${url}/sidebar/${config.wecom.simulator ? '   (demo: pick an advisor and a chat)' : ''}`,
    `  API docs    ${url}/api/docs`,
    `  Health      ${url}/healthz`,
    `  Database    ${config.database.type === 'sqlite' ? config.database.sqlitePath : 'MySQL'}`,
    `  WeCom       ${config.wecom.simulator ? 'built-in simulator' : config.wecom.apiBase}`,
  ];
  if (admin.created && admin.password) lines.push(`  Admin login admin / ${admin.password}   (shown once; set ADMIN_PASSWORD to choose it)`);
  else if (admin.created) lines.push('  Admin login admin / the ADMIN_PASSWORD you set');
  else lines.push('  Admin login admin / the password set on first start');
  if (demo) lines.push(`  Demo data   ${demo}`);
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    logger.error('start-up failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.exit(1);
});
