import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument } from '../http/openapi.js';
import { findRepoRoot } from '../config/app-config.js';
import { openApiToTypeScript } from './openapi-to-ts.js';

export const CONTRACT_PATHS = (() => {
  const root = findRepoRoot(import.meta.dirname);
  return { openapi: join(root, 'contracts', 'openapi.json'), types: join(root, 'contracts', 'src', 'api-types.ts') };
})();

/** Key-sorted JSON so the committed contract only changes when the API does. */
function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]))
        : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Parameter order follows decorator evaluation, which differs between compilers: sort it. */
function canonicalParameters(document: { paths?: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> }): void {
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      operation.parameters?.sort((a, b) => `${a.in}:${a.name}`.localeCompare(`${b.in}:${b.name}`));
    }
  }
}

export function renderContract(app: INestApplication): { openapi: string; types: string } {
  const document = buildOpenApiDocument(app);
  canonicalParameters(document as never);
  return { openapi: stableStringify(document), types: openApiToTypeScript(document as never) };
}

export function readCommittedContract(): { openapi: string; types: string } {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  return { openapi: read(CONTRACT_PATHS.openapi), types: read(CONTRACT_PATHS.types) };
}
