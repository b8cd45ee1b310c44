import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { FEED_STREAM_URL } from '@/api/feed';
import type { AlertDto, FeedItemDto } from '@/api/feed-types';

export type FeedStreamMode = 'connecting' | 'live' | 'polling';

export interface FeedStreamOptions {
  onFeed(item: FeedItemDto): void;
  onAlert(alert: AlertDto): void;
  /** Fetches the newest items when the stream is down. */
  poll(): Promise<void>;
  /** Injected in tests; null when the platform has no EventSource. */
  createEventSource?: (url: string) => EventSource | null;
  pollIntervalMs?: number;
}

/** Polling cadence without the stream (the brief's 15 s); the stream is tried again every fourth poll. */
const POLL_INTERVAL_MS = 15_000;
const POLLS_BEFORE_RECONNECT = 4;
/** EventSource retries by itself (the server says `retry: 5000`); after this many failures in a row, poll. */
const FAILURES_BEFORE_POLLING = 3;

const defaultEventSource = (url: string): EventSource | null =>
  typeof EventSource === 'undefined' ? null : new EventSource(url, { withCredentials: true });

function parse<T>(event: MessageEvent<string>): T | null {
  try {
    return JSON.parse(event.data) as T;
  } catch {
    return null;
  }
}

/**
 * The advisor's live feed (GET /api/feed/stream, server-sent events `feed` and `alert`). The browser
 * reconnects on its own; when the stream keeps failing (a proxy that buffers, an expired session) the
 * view falls back to polling every 15 s and tries the stream again now and then.
 */
export function useFeedStream(options: FeedStreamOptions): { mode: Ref<FeedStreamMode>; stop(): void } {
  const createEventSource = options.createEventSource ?? defaultEventSource;
  const pollIntervalMs = options.pollIntervalMs ?? POLL_INTERVAL_MS;
  const mode = ref<FeedStreamMode>('connecting');
  let source: EventSource | null = null;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let failures = 0;
  let pollsSinceFallback = 0;
  let stopped = false;

  function closeSource(): void {
    source?.close();
    source = null;
  }

  function startPolling(): void {
    mode.value = 'polling';
    if (pollTimer) return;
    pollsSinceFallback = 0;
    pollTimer = setInterval(() => {
      void options.poll().catch(() => undefined);
      pollsSinceFallback += 1;
      if (!source && pollsSinceFallback % POLLS_BEFORE_RECONNECT === 0) connect();
    }, pollIntervalMs);
  }

  function stopPolling(): void {
    clearInterval(pollTimer);
    pollTimer = undefined;
  }

  function connect(): void {
    if (stopped) return;
    const opened = createEventSource(FEED_STREAM_URL);
    if (!opened) {
      startPolling();
      return;
    }
    source = opened;
    opened.addEventListener('open', () => {
      failures = 0;
      mode.value = 'live';
      stopPolling();
      // Whatever happened while the stream was down arrives with one catch-up request.
      void options.poll().catch(() => undefined);
    });
    opened.addEventListener('feed', (event) => {
      const item = parse<FeedItemDto>(event as MessageEvent<string>);
      if (item) options.onFeed(item);
    });
    opened.addEventListener('alert', (event) => {
      const alert = parse<AlertDto>(event as MessageEvent<string>);
      if (alert) options.onAlert(alert);
    });
    opened.addEventListener('error', () => {
      failures += 1;
      const gaveUp = opened.readyState === 2 /* CLOSED */ || failures >= FAILURES_BEFORE_POLLING;
      if (gaveUp) closeSource();
      startPolling();
    });
  }

  function stop(): void {
    stopped = true;
    closeSource();
    stopPolling();
  }

  onMounted(connect);
  onBeforeUnmount(stop);
  return { mode, stop };
}
