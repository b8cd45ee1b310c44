// The bare Node server of http-load.ts in a process of its own (spawnBareServer): serves BARE_BODY, prints its port.
import { startBareServer } from './http-load.js';

const bare = await startBareServer(process.env.BARE_BODY ?? '');
process.stdout.write(`${new URL(bare.url).port}\n`);
