import { shallowRef, type ShallowRef } from 'vue';

export interface BusyTask {
  /** True while a task runs: drives the button's loading state. */
  busy: ShallowRef<boolean>;
  /** Runs the task; resolves true when it succeeded, false when it threw. */
  run: (task: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * One button's request at a time (save, create…). A failure is swallowed here because the HTTP client has already
 * toasted it; the caller only learns whether the task succeeded.
 */
export function useBusyTask(): BusyTask {
  const busy = shallowRef(false);

  async function run(task: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    try {
      await task();
      return true;
    } catch {
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, run };
}
