import { EventEmitter2 } from '@nestjs/event-emitter';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashApiKey } from '../src/common/auth/api-key.verifier.js';
import { ApiKey } from '../src/modules/api-keys/api-key.entity.js';
import { BufferedWork } from '../src/common/buffering/buffered-work.js';
import { DebouncedBatch } from '../src/common/buffering/debounced-batch.js';
import { ALERT_EVALUATE_JOB } from '../src/modules/feed/alerts/alert-evaluator.service.js';
import { CLIENT_ACTIVITY } from '../src/modules/ingest/client-activity.js';
import { RECOMPUTE_CLIENTS_JOB } from '../src/modules/portrait/recompute/portrait-recompute.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const INGEST_KEY = 'vl_test_shutdown_key_0123456789';

/**
 * Closing the app (SIGTERM in production) answers the requests it has taken before the modules behind them close:
 * an ingest batch still uploading when the close begins is stored, acknowledged and its follow-up jobs enqueued
 * while the queue is still open.
 */
describe('graceful shutdown', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ workers: false });
    await t.dataSource.getRepository(ApiKey).insert({ name: 'shutdown test', keyHash: hashApiKey(INGEST_KEY), prefix: INGEST_KEY.slice(0, 8), scope: 'ingest' });
  });
  afterAll(async () => {
    await t.db.drop();
  });

  it('should answer a request still uploading before it closes the job queue', async () => {
    const server = t.running.app.getHttpServer();
    const { port } = server.address() as AddressInfo;
    const now = t.clock.now().getTime();
    const events = Array.from({ length: 20 }, (_, i) => ({ type: 'track', event: 'login', distinct_id: 'C9001', time: now - i, properties: { $event_id: `drain-${i}` } }));
    const body = Buffer.from(JSON.stringify(events));

    const order: string[] = [];
    const closeQueue = t.running.queue.close.bind(t.running.queue);
    t.running.queue.close = async () => {
      order.push('queue closed');
      await closeQueue();
    };

    // Answered as the server sees it: its response is handed to the socket in full.
    const received = new Promise<void>((resolve) =>
      server.once('request', (_req: IncomingMessage, res: ServerResponse) => {
        res.once('finish', () => order.push('answered'));
        resolve();
      }),
    );
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/ingest/events',
      headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'X-Api-Key': INGEST_KEY },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
    });
    req.write(body.subarray(0, 100));
    await received;

    const closed = t.running.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual([]);

    req.end(body.subarray(100));
    const res = await answer;
    await closed;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ accepted: 20, duplicates: 0, rejected: 0 });
    expect(order).toEqual(['answered', 'queue closed']);
  });
});

describe('graceful shutdown of buffered work', () => {
  it('should enqueue what buffers announce to each other while closing, before the queue closes', async () => {
    const t = await startTestApp({ workers: false });
    try {
      const order: string[] = [];
      const queue = t.running.queue;
      const [enqueue, closeQueue] = [queue.enqueue.bind(queue), queue.close.bind(queue)];
      queue.enqueue = async (name, payload, options) => {
        const result = await enqueue(name, payload, options);
        order.push(`enqueued ${name}`);
        return result;
      };
      queue.close = async () => {
        order.push('queue closed');
        await closeQueue();
      };
      // A producer whose write announces client activity, as the dwell recorder's does: its flush fills the buffers
      // of the recompute and of the alert triggers, which may have been flushed already.
      const events = t.running.app.get(EventEmitter2);
      const dwell = new DebouncedBatch<number>(60_000, async (clientIds) => void events.emit(CLIENT_ACTIVITY, { clientIds, kinds: ['purchase'] }), () => undefined);
      t.running.app.get(BufferedWork).register(dwell);
      dwell.add('42', 42);

      await t.running.close();
      expect(order).toEqual(expect.arrayContaining([`enqueued ${RECOMPUTE_CLIENTS_JOB}`, `enqueued ${ALERT_EVALUATE_JOB}`]));
      expect(order.at(-1)).toBe('queue closed');
    } finally {
      await t.db.drop();
    }
  });
});
