// `npm test`: every suite, in order — server unit + integration (SQLite, and MySQL when
// TEST_DATABASE_URL is set), both apps' component tests, then browser tests in real Chromium.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const suites = [
  ['server (unit + integration)', ['run', 'test', '-w', 'server']],
  ['sidebar-h5', ['run', 'test', '-w', 'sidebar-h5']],
  ['admin', ['run', 'test', '-w', 'admin']],
  ['browser (Chromium)', ['run', 'test', '-w', 'e2e']],
];

buildIfStale();
const failed = [];
for (const [name, args] of suites) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) failed.push(name);
}
process.stdout.write(`\n${suites.length - failed.length} passed, ${failed.length} failed (test suites)\n`);
if (failed.length) {
  process.stderr.write(`failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
