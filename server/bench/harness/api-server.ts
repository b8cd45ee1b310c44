import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { BenchDatabase } from './bench-app.js';

/** The compiled entry point the bench was built with (dist-bench/src/main.js), the same code as dist/main.js. */
const MAIN = new URL('../../src/main.js', import.meta.url).pathname;
const START_TIMEOUT_MS = 120_000;

export interface ApiServer {
  baseUrl: string;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The server as an API replica is deployed (OPERATIONS.md): `node main.js` in production mode with WORKER_MODE=api
 * and API_PROCESSES processes, on the bench database, in processes of its own (so the load generator only shares
 * the cores). WeCom is configured as a real corp at an address nothing answers: the routes measured never call it.
 */
export async function startApiServer(db: BenchDatabase, processes: number): Promise<ApiServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--no-warnings', MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: db.dir,
      DATABASE_URL: db.config.type === 'mysql' ? db.config.url : `sqlite:${db.config.sqlitePath}`,
      RUN_MIGRATIONS: 'false',
      WORKER_MODE: 'api',
      API_PROCESSES: String(processes),
      LOG_LEVEL: 'error',
      SHUTDOWN_DELAY_MS: '0',
      PII_KEY: db.piiKey,
      WECOM_CORP_ID: 'wwbench000000000001',
      WECOM_AGENT_ID: '1000002',
      WECOM_SECRET: 'bench-secret',
      WECOM_API_BASE: 'http://127.0.0.1:9',
      WECOM_CALLBACK_TOKEN: 'benchtoken',
      WECOM_CALLBACK_AES_KEY: 'a'.repeat(43),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForBanner(child);
  return {
    baseUrl,
    close: () => stop(child),
  };
}

/** Resolves on the start-up banner; the output is read (the last few KB kept for errors) until the server exits. */
function waitForBanner(child: ChildProcess): Promise<void> {
  let output = '';
  let started = false;
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`no banner within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      if (started) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`API server did not start: ${why}\n${output.slice(-2000)}`));
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (started || !output.includes('ValueLens is running')) return;
      started = true;
      clearTimeout(timer);
      resolve();
    });
    child.stderr!.on('data', keep);
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code})`));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
