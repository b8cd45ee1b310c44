import { describe, expect, it } from 'vitest';
import { useBusyTask } from './use-busy-task';

describe('useBusyTask', () => {
  it('is busy while the task runs and reports success', async () => {
    const { busy, run } = useBusyTask();
    let release: () => void = () => undefined;
    const pending = run(() => new Promise<void>((resolve) => (release = resolve)));
    expect(busy.value).toBe(true);
    release();
    await expect(pending).resolves.toBe(true);
    expect(busy.value).toBe(false);
  });

  it('swallows a failure, reports it and is no longer busy', async () => {
    const { busy, run } = useBusyTask();
    await expect(run(() => Promise.reject(new Error('HTTP 500')))).resolves.toBe(false);
    expect(busy.value).toBe(false);
  });
});
