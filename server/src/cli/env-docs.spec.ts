import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../config/app-config.js';
import { renderEnvExample, withEnvTable } from './env-docs.js';

const root = findRepoRoot(import.meta.dirname);

describe('configuration docs', () => {
  it('should keep .env.example in step with ENV_VARS (run node server/dist/cli/env-docs.js)', () => {
    expect(readFileSync(join(root, '.env.example'), 'utf8')).toBe(renderEnvExample());
  });

  it("should keep the README's configuration table in step with ENV_VARS", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- env:start -->');
    expect(withEnvTable(readme)).toBe(readme);
  });
});
