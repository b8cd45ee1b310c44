// `npm start`: build what is not built, then run the whole product on one port
// (embedded SQLite, in-process queue and WeCom simulator unless configured otherwise).
import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, RUN_MIGRATIONS: process.env.RUN_MIGRATIONS ?? 'true' };
const server = spawn(process.execPath, ['server/dist/main.js'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
