import { DebouncedBatch } from './debounced-batch.js';

describe('DebouncedBatch', () => {
  it('should hand over one merged entry per key in one batch', async () => {
    const batches: number[][] = [];
    const batch = new DebouncedBatch<number>(10_000, async (items) => void batches.push(items), () => undefined);
    batch.add('a', 1);
    batch.add('b', 2);
    batch.add('a', 5, (x, y) => x + y);
    await batch.flush();
    await batch.flush();
    expect(batches).toEqual([[6, 2]]);
  });

  it('should report a failed batch and keep going', async () => {
    const failures: number[] = [];
    const batch = new DebouncedBatch<number>(10_000, async () => Promise.reject(new Error('db down')), (_error, size) => void failures.push(size));
    batch.add('a', 1);
    await batch.flush();
    batch.add('b', 2);
    await batch.flush();
    expect(failures).toEqual([1, 1]);
  });

  it('should count a batch being handed over as not idle', async () => {
    let release: () => void = () => undefined;
    const batch = new DebouncedBatch<number>(10_000, () => new Promise<void>((resolve) => (release = resolve)), () => undefined);
    batch.add('a', 1);
    const flushed = batch.flush();
    expect(batch.idle).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await flushed;
    expect(batch.idle).toBe(true);
  });
});
