import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import { ensureAdminUser } from './bootstrap/admin-user.js';
import { type ApiSupervisor, isApiProcess, onSupervisorGone, readApiProcesses, reportListening, superviseApiProcesses } from './bootstrap/api-cluster.js';
import { logger } from './common/logging/logger.js';
import { ShutdownState } from './health/shutdown-state.js';
import { ConfigError } from './config/env.js';
import { type AppConfig, loadConfig } from './config/app-config.js';
import { type RunMode, readRunMode } from './config/run-mode.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { enqueueInitialPortraits, seedDemoContent } from './demo/demo-content.js';
import { prepareDemoWorld } from './demo/demo-world.js';
import type { SimulatorSeed } from './wecom/simulator/seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const mode = readRunMode();
  const processes = readApiProcesses(process.env, mode, config.wecom.simulator);
  // One of several API processes (below): the supervisor has prepared the database.
  if (isApiProcess()) {
    const { port, stop } = await serve(config, mode);
    reportListening(port);
    onSupervisorGone(() => stop('supervisor gone'));
    return;
  }
  const { admin, simulatorSeed, demoSummary } = await prepareDatabase(config, mode.runMigrations);
  if (processes > 1) {
    const supervisor = await superviseApiProcesses(processes);
    installSupervisorShutdown(supervisor);
    printBanner(config, `http://127.0.0.1:${supervisor.port}`, admin, demoSummary, processes);
    return;
  }
  const { port } = await serve(config, mode, simulatorSeed);
  printBanner(config, `http://127.0.0.1:${port}`, admin, demoSummary, 1);
}

/** Builds the app, listens and stops cleanly on SIGTERM/SIGINT; returns the port and the stop it installed. */
async function serve(config: AppConfig, mode: RunMode, simulatorSeed?: SimulatorSeed) {
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
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  running.simulator?.setCallbackUrl(`http://127.0.0.1:${port}/api/wecom/callback`);
  const stop = installShutdown(running.app.get(ShutdownState), () => running.close());
  return { port, stop };
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

function installShutdown(state: ShutdownState, close: () => Promise<void>): (reason: string) => void {
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
  return stop;
}

/** The supervisor passes SIGTERM/SIGINT on to its API processes (each drains as above) and exits once all have. */
function installSupervisorShutdown(supervisor: ApiSupervisor): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down API processes', { signal, pids: supervisor.pids() });
    void supervisor.stop(signal).then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function printBanner(config: AppConfig, url: string, admin: { created: boolean; password?: string }, demo: string | undefined, processes: number): void {
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
  if (processes > 1) lines.push(`  Processes   ${processes} API processes on one port`);
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
