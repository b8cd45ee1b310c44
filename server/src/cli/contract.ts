import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { CONTRACT_PATHS, readCommittedContract, renderContract } from '../contract/contract-files.js';

/**
 * `contract.js write` regenerates contracts/openapi.json and contracts/src/api-types.ts from the
 * server; `contract.js check` fails when the committed contract differs from what the server serves.
 */
async function main(mode: string | undefined): Promise<number> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', WECOM_SECRET: '', WECOM_API_BASE: '' });
  config.database = { type: 'sqlite', sqlitePath: ':memory:' };
  const running = await createApp(config, { migrate: false });
  try {
    const rendered = renderContract(running.app);
    if (mode === 'write') {
      writeFileSync(CONTRACT_PATHS.openapi, rendered.openapi);
      writeFileSync(CONTRACT_PATHS.types, rendered.types);
      process.stdout.write(`wrote ${CONTRACT_PATHS.openapi} and ${CONTRACT_PATHS.types}\n`);
      return 0;
    }
    const committed = readCommittedContract();
    const drifted = [committed.openapi !== rendered.openapi && 'contracts/openapi.json', committed.types !== rendered.types && 'contracts/src/api-types.ts'].filter(Boolean);
    if (drifted.length) {
      process.stderr.write(`contract drift: ${drifted.join(', ')} differ from the server. Run \`npm run contract:generate\` and commit.\n`);
      return 1;
    }
    process.stdout.write('contract is up to date\n');
    return 0;
  } finally {
    await running.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
