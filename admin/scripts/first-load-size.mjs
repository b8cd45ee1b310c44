// Measures the gzip size of the JavaScript a first visit downloads (STYLE.md budget: ≤ 300 KB gzip).
// Reads Vite's build manifest: the entry chunk plus everything it imports statically, and, for context,
// the same for the login page and the dashboard (entry + layout + route chunk).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipBytes = (keys) =>
  [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file))).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const routeKey = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix));
const entry = staticClosure([entryKey]);
const scenarios = {
  'entry + static imports': entry,
  'login page': staticClosure([routeKey('views/login/index.vue')], new Set(entry)),
  dashboard: staticClosure([routeKey('layouts/AdminLayout.vue'), routeKey('views/dashboard/index.vue')], new Set(entry)),
};

for (const [name, keys] of Object.entries(scenarios)) console.log(`${name.padEnd(24)} ${kb(gzipBytes(keys))} gzip JS`);
const entryBytes = gzipBytes(entry);
if (entryBytes > BUDGET_BYTES) {
  console.error(`first load ${kb(entryBytes)} exceeds the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
