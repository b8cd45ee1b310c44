import { BufferedWork } from './buffered-work.js';
import { DebouncedBatch } from './debounced-batch.js';

describe('BufferedWork', () => {
  it('should settle buffers that fill each other, round after round, until all are idle', async () => {
    const work = new BufferedWork();
    const written: string[] = [];
    const alerts = new DebouncedBatch<string>(10_000, async (ids) => void written.push(...ids.map((id) => `alert:${id}`)), () => undefined);
    // A dwell write announces activity, which the alert buffer takes in after its own flush may have run.
    const dwell = new DebouncedBatch<string>(10_000, async (ids) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(...ids.map((id) => `dwell:${id}`));
      for (const id of ids) alerts.add(id, id);
    }, () => undefined);
    work.register(alerts);
    work.register(dwell);
    dwell.add('c1', 'c1');
    expect(alerts.idle && !dwell.idle).toBe(true);

    expect(await work.settle()).toBe(true);
    expect(written).toEqual(['dwell:c1', 'alert:c1']);
    expect(alerts.idle && dwell.idle).toBe(true);
  });

  it('should give up on buffers that keep refilling each other', async () => {
    const work = new BufferedWork();
    let flushes = 0;
    const looping: DebouncedBatch<number> = new DebouncedBatch<number>(10_000, async () => void looping.add(String(++flushes), flushes), () => undefined);
    work.register(looping);
    looping.add('0', 0);
    expect(await work.settle()).toBe(false);
    expect(flushes).toBe(10);
  });
});
