import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, two levels above this file (e2e/support/). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Every demo login (admin, hq, compliance, compliance2, manager) shares the admin password on first start. */
export const TEST_PASSWORD = 'E2e-Demo-Pass-2025';

/** First start runs migrations and seeds the demo world (3,000 clients); slow CI machines get plenty of room. */
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

const BUILT_ARTIFACTS = [
  { path: 'server/dist/main.js', build: 'npm run build -w server' },
  { path: 'sidebar-h5/dist/index.html', build: 'npm run build -w sidebar-h5' },
  { path: 'admin/dist/index.html', build: 'npm run build -w admin' },
] as const;

export interface TestServer {
  baseUrl: string;
  password: string;
  /** SIGTERM, then wait for exit (SIGKILL after a grace period); removes the data folder. */
  stop(): Promise<void>;
}

/** Browser tests run the built product, never sources: say which build is missing instead of a confusing 404. */
export function assertAppsBuilt(): void {
  const missing = BUILT_ARTIFACTS.filter((artifact) => !existsSync(join(REPO_ROOT, artifact.path)));
  if (missing.length === 0) return;
  const lines = missing.map((artifact) => `  - ${artifact.path} (${artifact.build})`);
  throw new Error(`Browser tests need the built apps; missing:\n${lines.join('\n')}\nRun \`npm run build\` at the repository root first.`);
}

/**
 * The developer's shell may point at MySQL, Redis or a real WeCom corp; the test server must not: it always runs
 * embedded SQLite with the built-in simulator (server/src/config/env-vars.ts lists what each variable does).
 */
const SERVER_CONFIG_PREFIXES = ['WECOM_', 'DATABASE_', 'REDIS_', 'PUBLIC_BASE_URL', 'PII_KEY', 'INGEST_API_KEY', 'WORKER_MODE', 'RUN_MIGRATIONS', 'SESSION_TTL_S', 'SHUTDOWN_DELAY_MS', 'ALLOW_SIMULATOR'];

function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !SERVER_CONFIG_PREFIXES.some((prefix) => name.startsWith(prefix))),
  );
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    const status = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    // Polling interval while the server migrates and seeds; not a wait for a UI condition.
    await new Promise((next) => setTimeout(next, 250));
  }
  throw new Error(`GET ${baseUrl}/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts `node server/dist/main.js` on a free port with a fresh DATA_DIR, so every suite gets a freshly seeded
 * demo world (embedded SQLite, in-process queue, built-in WeCom simulator).
 */
export async function startServer(): Promise<TestServer> {
  assertAppsBuilt();
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vl-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(REPO_ROOT, 'server/dist/main.js')], {
    cwd: REPO_ROOT,
    env: {
      ...inheritedEnv(),
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: TEST_PASSWORD,
      LOG_LEVEL: 'warn',
      // The first alert sweep (30 s after start) then runs whatever the hour; by default it waits for 08:00 Shanghai.
      ALERT_SWEEP_HOURS: '0-23',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(killTimer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, password: TEST_PASSWORD, stop };
}
