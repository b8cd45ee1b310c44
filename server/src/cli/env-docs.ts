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

/** One row per variable; the same rows appear in README.md and docs/OPERATIONS.md. */
export function renderEnvRows(): string[] {
  return ENV_VARS.map((v) => {
    const defaultValue = v.default === undefined ? '—' : `\`${v.default}\``;
    return `| \`${v.name}\` | ${defaultValue} | ${v.secret ? 'yes' : ''} | ${v.description.replace(/\|/g, '\\|')} |`;
  });
}

export function renderEnvTable(): string {
  return ['| Variable | Default | Secret | Meaning |', '|---|---|---|---|', ...renderEnvRows()].join('\n');
}

export function withEnvTable(readme: string): string {
  return readme.replace(/(<!-- env:start -->\n)[\s\S]*?(\n<!-- env:end -->)/, `$1${renderEnvTable()}$2`);
}

/** Replaces the block of variable rows in a document that already has the table (OPERATIONS.md). */
export function withEnvRows(doc: string): string {
  const lines = doc.split('\n');
  const isRow = (line: string) => /^\| `[A-Z0-9_]+` \|/.test(line);
  const first = lines.findIndex(isRow);
  if (first < 0) return doc;
  let last = first;
  while (last + 1 < lines.length && isRow(lines[last + 1]!)) last += 1;
  return [...lines.slice(0, first), ...renderEnvRows(), ...lines.slice(last + 1)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = findRepoRoot(import.meta.dirname);
  writeFileSync(join(root, '.env.example'), renderEnvExample());
  const readmePath = join(root, 'README.md');
  writeFileSync(readmePath, withEnvTable(readFileSync(readmePath, 'utf8')));
  const operationsPath = join(root, 'docs', 'OPERATIONS.md');
  writeFileSync(operationsPath, withEnvRows(readFileSync(operationsPath, 'utf8')));
  process.stdout.write('wrote .env.example and the configuration tables in README.md and docs/OPERATIONS.md\n');
}
