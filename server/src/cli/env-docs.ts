import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../config/app-config.js';
import { ENV_VARS } from '../config/env-vars.js';

/** Writes .env.example and the README's configuration table from ENV_VARS (one source of truth). */
export function renderEnvExample(): string {
  const lines = [
    '# ValueLens configuration. Every variable is optional for the embedded demo (npm start);',
    '# production sets at least DATABASE_URL, REDIS_URL, the WECOM_* values, PII_KEY and PUBLIC_BASE_URL.',
    '',
  ];
  for (const v of ENV_VARS) {
    lines.push(`# ${v.description}${v.default ? ` (default: ${v.default})` : ''}${v.secret ? ' [secret]' : ''}`, `# ${v.name}=`, '');
  }
  return lines.join('\n');
}

export function renderEnvTable(): string {
  const rows = ENV_VARS.map((v) => `| \`${v.name}\` | ${v.description.replace(/\|/g, '\\|')} | ${v.default ? `\`${v.default}\`` : '—'} | ${v.secret ? 'yes' : ''} |`);
  return ['| Variable | Meaning | Default | Secret |', '|---|---|---|---|', ...rows].join('\n');
}

export function withEnvTable(readme: string): string {
  return readme.replace(/(<!-- env:start -->\n)[\s\S]*?(\n<!-- env:end -->)/, `$1${renderEnvTable()}$2`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = findRepoRoot(import.meta.dirname);
  writeFileSync(join(root, '.env.example'), renderEnvExample());
  const readmePath = join(root, 'README.md');
  writeFileSync(readmePath, withEnvTable(readFileSync(readmePath, 'utf8')));
  process.stdout.write('wrote .env.example and the README configuration table\n');
}
