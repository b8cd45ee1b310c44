import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../common/queue/job-queue.js';
import { CallbackEvent } from './callback-event.entity.js';
import { CALLBACK_JOB } from './callback.service.js';
import { ContactChangeHandler } from './contact-change.handler.js';

/** Works through stored callback events off the request path; a failure is retried by the queue. */
@Injectable()
export class CallbackEventProcessor implements OnModuleInit {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @InjectRepository(CallbackEvent) private readonly events: Repository<CallbackEvent>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly contactChanges: ContactChangeHandler,
  ) {}

  onModuleInit(): void {
    this.queue.register<{ eventId: number }>(CALLBACK_JOB, ({ eventId }) => this.process(eventId));
  }

  async process(eventId: number): Promise<{ eventId: number; handled: boolean }> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event || event.processedAt) return { eventId, handled: false };
    let handled = false;
    try {
      if (event.event === 'change_external_contact') {
        await this.contactChanges.handle(event.payload);
        handled = true;
      }
      await this.events.update({ id: eventId }, { processedAt: this.clock.now(), error: null });
    } catch (error) {
      await this.events.update({ id: eventId }, { error: (error as Error).message.slice(0, 2000) });
      throw error;
    }
    return { eventId, handled };
  }
}
