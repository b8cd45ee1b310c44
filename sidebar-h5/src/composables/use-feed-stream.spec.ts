import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { FeedItemDto } from '@/api/feed-types';
import { useFeedStream, type FeedStreamOptions } from './use-feed-stream';

/** A hand-driven EventSource: tests fire open/error/messages as the network would. */
class FakeEventSource extends EventTarget {
  readyState = 0;
  closed = false;
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data?: unknown): void {
    this.dispatchEvent(data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

function mountStream(options: Partial<FeedStreamOptions>, sources: FakeEventSource[]) {
  const received: FeedItemDto[] = [];
  const poll = vi.fn(async () => undefined);
  let mode: ReturnType<typeof useFeedStream>['mode'] | undefined;
  const Host = defineComponent({
    setup() {
      mode = useFeedStream({
        onFeed: (item) => received.push(item),
        onAlert: () => undefined,
        poll,
        createEventSource: () => {
          const source = new FakeEventSource();
          sources.push(source);
          return source as unknown as EventSource;
        },
        pollIntervalMs: 1000,
        ...options,
      }).mode;
      return () => h('div');
    },
  });
  const wrapper = mount(Host);
  return { wrapper, received, poll, mode: () => mode?.value };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useFeedStream', () => {
  it('should pass pushed feed items on and catch up once when the stream opens', () => {
    const sources: FakeEventSource[] = [];
    const { received, poll, mode, wrapper } = mountStream({}, sources);

    sources[0]?.emit('open');
    sources[0]?.emit('feed', { id: 7, textZh: '张伟阅读《白酒行业深度》3分钟' });

    expect(mode()).toBe('live');
    expect(received.map((item) => item.id)).toEqual([7]);
    expect(poll).toHaveBeenCalledTimes(1);
    wrapper.unmount();
    expect(sources[0]?.closed).toBe(true);
  });

  it('should poll every interval after repeated failures and try the stream again later', async () => {
    const sources: FakeEventSource[] = [];
    const { poll, mode, wrapper } = mountStream({}, sources);

    for (let i = 0; i < 3; i += 1) sources[0]?.emit('error');
    expect(mode()).toBe('polling');
    expect(sources[0]?.closed).toBe(true);

    await vi.advanceTimersByTimeAsync(3000);
    expect(poll).toHaveBeenCalledTimes(3);
    expect(sources).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sources).toHaveLength(2);

    sources[1]?.emit('open');
    expect(mode()).toBe('live');
    await vi.advanceTimersByTimeAsync(5000);
    // Only the catch-up request after reconnecting: polling stopped.
    expect(poll).toHaveBeenCalledTimes(5);
    wrapper.unmount();
  });

  it('should poll from the start without EventSource', async () => {
    const { poll, mode, wrapper } = mountStream({ createEventSource: () => null }, []);

    await vi.advanceTimersByTimeAsync(2000);

    expect(mode()).toBe('polling');
    expect(poll).toHaveBeenCalledTimes(2);
    wrapper.unmount();
  });
});
