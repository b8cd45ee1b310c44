// Builds each workspace whose sources are newer than its last build (or that was never built),
// so `npm start` and `npm test` work on a fresh clone and stay fast afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const WORKSPACES = [
  { name: 'contracts', sources: ['src', 'package.json', 'tsconfig.json'], stamp: 'dist/.build-stamp' },
  { name: 'server', sources: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'], stamp: 'dist/.build-stamp' },
  { name: 'sidebar-h5', sources: ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'], stamp: 'dist/.build-stamp' },
  { name: 'admin', sources: ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'], stamp: 'dist/.build-stamp' },
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIfStale({ force = false } = {}) {
  let contractsRebuilt = false;
  for (const ws of WORKSPACES) {
    const dir = join(root, ws.name);
    const stamp = join(dir, ws.stamp);
    const sourceTime = Math.max(...ws.sources.map((s) => newestMtime(join(dir, s))), newestMtime(join(root, 'tsconfig.json')));
    const stale = force || contractsRebuilt || !existsSync(stamp) || statSync(stamp).mtimeMs < sourceTime;
    if (!stale) continue;
    process.stdout.write(`building ${ws.name} …\n`);
    const result = spawnSync('npm', ['run', 'build', '-w', ws.name], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`build of ${ws.name} failed\n`);
      process.exit(result.status ?? 1);
    }
    writeFileSync(stamp, new Date().toISOString());
    if (ws.name === 'contracts') contractsRebuilt = true;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale({ force: process.argv.includes('--force') });
