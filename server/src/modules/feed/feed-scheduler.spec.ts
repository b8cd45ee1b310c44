import type { Clock } from '../../common/clock.js';
import type { JobQueue } from '../../common/queue/job-queue.js';
import { loadConfig } from '../../config/app-config.js';
import { FeedScheduler } from './feed-scheduler.js';

/** 21:15 in Shanghai (UTC+8). */
const EVENING = new Date('2026-11-21T13:15:00Z');
/** 10:00 in Shanghai. */
const MORNING = new Date('2026-11-21T02:00:00Z');

function scheduler(hours: string | undefined, now: Date): { tick(): Promise<void>; enqueued: string[] } {
  const enqueued: string[] = [];
  const queue = { enqueue: async (name: string) => void enqueued.push(name) } as unknown as JobQueue;
  const clock: Clock = { now: () => now } as Clock;
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: '/tmp/vl-scheduler-spec', ...(hours ? { ALERT_SWEEP_HOURS: hours } : {}) });
  const s = new FeedScheduler(queue, config, clock);
  return { tick: () => s.tick(), enqueued };
}

describe('FeedScheduler', () => {
  it('should start the sweep and reminders within working hours by default', async () => {
    const s = scheduler(undefined, MORNING);
    await s.tick();
    expect(s.enqueued).toEqual(['alerts.sweep', 'follow-ups.reminders']);
  });

  it('should start nothing in the evening by default, and follow ALERT_SWEEP_HOURS', async () => {
    const byDefault = scheduler(undefined, EVENING);
    await byDefault.tick();
    expect(byDefault.enqueued).toEqual([]);
    const allDay = scheduler('0-23', EVENING);
    await allDay.tick();
    expect(allDay.enqueued).toHaveLength(2);
  });

  it('should refuse an hour range it cannot read', () => {
    for (const bad of ['20-8', '8-24', 'eight', '8']) expect(() => scheduler(bad, MORNING)).toThrow(/ALERT_SWEEP_HOURS/);
  });
});
