import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestDrain } from './request-drain.js';

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

describe('draining HTTP intake before the modules close', () => {
  let server: Server;
  let drain: RequestDrain;
  let port: number;
  let agent: Agent;
  /** Requests to /hold wait here until the test answers them. */
  let held: ServerResponse[];

  beforeEach(async () => {
    held = [];
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.url === '/hold') held.push(res);
      else if (req.url === '/stream') {
        // As the feed's hub opens a stream.
        res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
        res.write(': open\n\n');
      } else res.end('quick');
    });
    drain = new RequestDrain(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    agent = new Agent({ keepAlive: true, maxSockets: 4 });
  });

  afterEach(async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
      }).once('error', reject).end();
    });

  const until = async (condition: () => boolean): Promise<void> => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('should wait for a request in flight, answer it with Connection: close and refuse new connections', async () => {
    const answer = get('/hold');
    await until(() => held.length === 1);
    let drained: number | undefined;
    const draining = drain.drain(5_000).then((left) => (drained = left));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(drained).toBeUndefined();
    await expect(get('/quick')).rejects.toThrow(/ECONNREFUSED/);

    held[0]!.end('late');
    await draining;
    expect(drained).toBe(0);
    expect(await answer).toEqual({ status: 200, connection: 'close', body: 'late' });
  });

  it('should not wait for event streams', async () => {
    const stream = new Promise<IncomingMessage>((resolve) => request({ host: '127.0.0.1', port, path: '/stream', agent }, resolve).end());
    const opened = await stream;
    expect(opened.headers['content-type']).toMatch(/^text\/event-stream/);
    const started = Date.now();
    expect(await drain.drain(5_000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    opened.destroy();
  });

  it('should give up after its timeout and say how many requests are still unanswered', async () => {
    void get('/hold').catch(() => undefined);
    void get('/hold').catch(() => undefined);
    await until(() => held.length === 2);
    expect(await drain.drain(50)).toBe(2);
    for (const res of held) res.end();
  });

  it('should close idle keep-alive connections so the server can close', async () => {
    expect((await get('/quick')).connection).toBe('keep-alive');
    const closed = new Promise((resolve) => server.once('close', resolve));
    expect(await drain.drain(5_000)).toBe(0);
    await closed;
  });
});
