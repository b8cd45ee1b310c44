import { afterEach, vi } from 'vitest';

// jsdom has no scrolling; the router's scrollBehavior calls it after each navigation.
window.scrollTo = () => undefined;

// Element Plus forms validate with async-validator, which logs every expected validation failure unless told not to.
Object.assign(globalThis, { ASYNC_VALIDATOR_NO_WARNING: 1 });

// Tests stub the global fetch per case; never let one leak into the next.
afterEach(() => {
  vi.unstubAllGlobals();
});
