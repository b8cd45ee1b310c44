import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { logger } from '../../../common/logging/logger.js';

/**
 * Carries new and updated feed items (and alerts) to the SSE streams. With Redis every instance
 * publishes to one channel and every instance subscribes, so an event handled on instance A reaches an
 * advisor whose stream is held by instance B; without Redis an in-process emitter does the same.
 */
export interface FeedBusMessage {
  event: 'feed' | 'alert';
  /** The JSON body sent to the browser (a FeedItemDto or AlertDto). */
  payload: { id: number; clientId: number } & Record<string, unknown>;
  /** Staff who may see it: the client's active advisors (and the alert's advisor); scope is applied per stream. */
  audienceStaffIds: number[];
}

export interface FeedBus {
  publish(message: FeedBusMessage): Promise<void>;
  subscribe(listener: (message: FeedBusMessage) => void): () => void;
  close(): Promise<void>;
}

export const FEED_BUS = Symbol('FEED_BUS');
const CHANNEL = 'valuelens:feed';

export class LocalFeedBus implements FeedBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(message: FeedBusMessage): Promise<void> {
    this.emitter.emit(CHANNEL, message);
  }

  subscribe(listener: (message: FeedBusMessage) => void): () => void {
    this.emitter.on(CHANNEL, listener);
    return () => this.emitter.off(CHANNEL, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

export class RedisFeedBus implements FeedBus {
  private readonly local = new LocalFeedBus();
  private subscriber: Redis | null = null;

  constructor(private readonly redis: Redis) {}

  async publish(message: FeedBusMessage): Promise<void> {
    await this.redis.publish(CHANNEL, JSON.stringify(message));
  }

  subscribe(listener: (message: FeedBusMessage) => void): () => void {
    this.ensureSubscribed();
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    await this.subscriber?.quit().catch(() => undefined);
    this.subscriber = null;
  }

  /** A subscribed Redis connection cannot issue other commands, so the bus holds its own. */
  private ensureSubscribed(): void {
    if (this.subscriber) return;
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, raw: string) => {
      try {
        void this.local.publish(JSON.parse(raw) as FeedBusMessage);
      } catch (error) {
        logger.warn('feed bus: unreadable message', { error: (error as Error).message });
      }
    });
    subscriber.subscribe(CHANNEL).catch((error: unknown) => logger.error('feed bus: subscribe failed', { error: (error as Error).message }));
  }
}
