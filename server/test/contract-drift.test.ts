import { readCommittedContract, renderContract } from '../src/contract/contract-files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The committed contract (contracts/openapi.json and the generated TS types) must match the server. */
describe('API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ workers: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should match the committed contracts/openapi.json and api-types.ts (run `npm run contract:generate`)', () => {
    const rendered = renderContract(t.running.app);
    const committed = readCommittedContract();
    expect(committed.openapi).toBe(rendered.openapi);
    expect(committed.types).toBe(rendered.types);
  });

  it('should document every API route with a typed response', () => {
    const document = JSON.parse(renderContract(t.running.app).openapi) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const untyped = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => Object.entries(op.responses).every(([status, r]) => status !== '204' && !(r as { content?: unknown }).content))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    // redirects, confirmations without a body and file downloads (binary, CSV/XLSX) are the only exceptions
    expect(untyped.filter((r) => !/authorize|sim\/(mass-send|contact-event)|\/content$|\/export/.test(r))).toEqual([]);
  });
});
