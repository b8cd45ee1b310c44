import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessService, type StaffScope } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { FEED_BUS, type FeedBus, type FeedBusMessage } from './feed-bus.js';

/** Proxies drop idle streams after ~60 s; a comment line every 20 s keeps them open and detects dead peers. */
export const SSE_HEARTBEAT_MS = 20_000;

interface StreamConnection {
  scope: StaffScope;
  staffIds: ReadonlySet<number>;
  res: Response;
  heartbeat: NodeJS.Timeout;
}

/**
 * Server-sent events for the advisor's live feed (GET /api/feed/stream): each stream receives the feed
 * items and alerts of the clients in its actor's scope, from whichever instance produced them (feed bus).
 */
@Injectable()
export class FeedStreamHub implements OnModuleInit, OnModuleDestroy {
  private readonly connections = new Set<StreamConnection>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    @Inject(FEED_BUS) private readonly bus: FeedBus,
    private readonly access: AccessService,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((message) => this.dispatch(message));
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    for (const connection of this.connections) this.close(connection);
    await this.bus.close();
  }

  get size(): number {
    return this.connections.size;
  }

  async open(actor: Actor, req: Request, res: Response): Promise<void> {
    const scope = await this.access.staffScope(actor);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    // no-transform keeps the compression middleware (and proxies) from buffering the stream;
    // X-Accel-Buffering turns nginx's proxy buffering off for this response.
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('X-Accel-Buffering', 'no');
    res.setHeader('Connection', 'keep-alive');
    res.flushHeaders();
    res.write('retry: 5000\n\n: connected\n\n');
    const connection: StreamConnection = {
      scope,
      staffIds: new Set(scope.all ? [] : scope.staffIds),
      res,
      heartbeat: setInterval(() => res.write(': ping\n\n'), SSE_HEARTBEAT_MS),
    };
    this.connections.add(connection);
    req.on('close', () => this.close(connection));
  }

  private dispatch(message: FeedBusMessage): void {
    const frame = `event: ${message.event}\nid: ${message.payload.id}\ndata: ${JSON.stringify(message.payload)}\n\n`;
    for (const connection of this.connections) {
      if (connection.scope.all || message.audienceStaffIds.some((id) => connection.staffIds.has(id))) connection.res.write(frame);
    }
  }

  private close(connection: StreamConnection): void {
    clearInterval(connection.heartbeat);
    if (this.connections.delete(connection) && !connection.res.writableEnded) connection.res.end();
  }
}
