// `npm test`: every suite, in order — server unit + integration (SQLite, and MySQL when
// TEST_DATABASE_URL is set), both apps' component tests, then browser tests in real Chromium.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
// [name, npm args, minutes before a run counts as hung]
const suites = [
  ['server (unit + integration)', ['run', 'test', '-w', 'server'], 45],
  ['sidebar-h5', ['run', 'test', '-w', 'sidebar-h5'], 5],
  ['admin', ['run', 'test', '-w', 'admin'], 5],
  ['browser (Chromium)', ['run', 'test', '-w', 'e2e'], 25],
];

buildIfStale();
const failed = [];
/** A runner that stops making progress is killed and run once more; a second hang or any failure fails. */
function runSuite(name, args, minutes) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    process.stdout.write(`\n=== ${name}${attempt > 1 ? ' (again, the first run hung)' : ''} ===\n`);
    const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: process.env, timeout: minutes * 60_000, killSignal: 'SIGKILL' });
    const hung = result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL';
    if (!hung) return result.status === 0;
    process.stderr.write(`${name} made no progress for ${minutes} minutes and was stopped\n`);
  }
  return false;
}

for (const [name, args, minutes] of suites) {
  if (!runSuite(name, args, minutes)) failed.push(name);
}
process.stdout.write(`\n${suites.length - failed.length} passed, ${failed.length} failed (test suites)\n`);
if (failed.length) {
  process.stderr.write(`failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
