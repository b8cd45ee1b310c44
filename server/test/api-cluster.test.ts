import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The production entry point (dist/main.js) with API_PROCESSES=2: one supervisor, two API processes on one port.
 * Sessions live in the database, so a login answered by one process is honoured by the other; a process that dies
 * is replaced; SIGTERM stops them all and the supervisor exits 0.
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const ADMIN_PASSWORD = 'Cluster-test-9x!';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function childPids(parent: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' }).split('\n').map(Number).filter((pid) => pid > 0);
  } catch {
    return []; // ps exits 1 when the process has no children
  }
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A request on its own connection, so the supervisor hands each one to the next process. */
async function get(port: number, path: string, token?: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  await res.arrayBuffer();
  return res.status;
}

describe('API_PROCESSES: several API processes on one port', () => {
  let dir: string;
  let port: number;
  let supervisor: ChildProcess;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} missing: run npm run build -w server`);
    dir = mkdtempSync(join(tmpdir(), 'valuelens-cluster-'));
    port = await freePort();
    supervisor = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dir,
        DATABASE_URL: `sqlite:${join(dir, 'valuelens.sqlite')}`,
        RUN_MIGRATIONS: 'true',
        WORKER_MODE: 'api',
        API_PROCESSES: '2',
        LOG_LEVEL: 'warn',
        SHUTDOWN_DELAY_MS: '0',
        ADMIN_PASSWORD,
        PII_KEY: randomBytes(32).toString('base64'),
        WECOM_CORP_ID: 'wwcluster0000000001',
        WECOM_AGENT_ID: '1000002',
        WECOM_SECRET: 'cluster-test-secret',
        WECOM_API_BASE: 'http://127.0.0.1:9',
        WECOM_CALLBACK_TOKEN: 'clustertoken',
        WECOM_CALLBACK_AES_KEY: randomBytes(32).toString('base64').replace(/[^A-Za-z0-9]/g, 'a').slice(0, 43),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    supervisor.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    supervisor.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until('the banner', () => (output.includes('2 API processes on one port') ? true : supervisor.exitCode !== null ? Promise.reject(new Error(output)) : undefined), 90_000);
  }, 120_000);

  afterAll(() => {
    if (supervisor.exitCode === null) supervisor.kill('SIGKILL');
    for (const pid of childPids(supervisor.pid!)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs two processes that share sessions, replaces one that dies and stops on SIGTERM', async () => {
    const first = childPids(supervisor.pid!);
    expect(first).toHaveLength(2);

    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    // Six fresh connections, handed out in turn: both processes answer, and both know the session.
    for (let i = 0; i < 6; i++) expect(await get(port, '/api/auth/me', token)).toBe(200);
    expect(await get(port, '/api/auth/me')).toBe(401);

    process.kill(first[0]!, 'SIGKILL');
    const replaced = await until('a replacement process', () => {
      const now = childPids(supervisor.pid!);
      return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
    });
    expect(replaced).toContain(first[1]);
    await until('the replacement to serve', async () => ((await Promise.all([1, 2, 3, 4].map(() => get(port, '/api/auth/me', token)))).every((s) => s === 200) ? true : undefined));

    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(replaced.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
  }, 90_000);
});
