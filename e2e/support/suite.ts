import { after, before } from 'node:test';
import { startServer, type TestServer } from './server.js';

/**
 * One freshly seeded server per test file (node --test runs each file in its own process). Tests read
 * `server()` inside their body, after `before` has run.
 */
export function useTestServer(): () => TestServer {
  let running: TestServer | undefined;
  before(async () => {
    running = await startServer();
  });
  after(async () => {
    await running?.stop();
  });
  return () => {
    if (!running) throw new Error('The test server has not started (see the `before` hook error above).');
    return running;
  };
}
