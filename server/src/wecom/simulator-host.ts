import type { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import type { CallbackTarget } from './simulator/callback-pusher.js';
import type { SimulatorSeed } from './simulator/seed.js';
import { startWecomSimulator } from './simulator/simulator.js';
import type { SimulatorState } from './simulator/state.js';

/** Nest token for the running simulator (null when a real WeCom is configured). */
export const SIMULATOR = Symbol('SIMULATOR');

export interface SimulatorHandle {
  url: string;
  state: SimulatorState;
  /** The server's own callback URL is known only once it listens. */
  setCallbackUrl(url: string): void;
  close(): Promise<void>;
}

/**
 * Starts the built-in WeCom simulator for demo mode and tests, with the same corp id, secret and
 * callback keys as the server's config, so every request and callback goes through the real code paths.
 */
export async function startSimulatorFor(config: AppConfig, seed?: SimulatorSeed, clock?: Clock): Promise<SimulatorHandle> {
  const target: CallbackTarget = { url: '', token: config.wecom.callbackToken, encodingAesKey: config.wecom.callbackAesKey };
  const simulator = await startWecomSimulator({
    corpId: config.wecom.corpId,
    agentId: config.wecom.agentId,
    secret: config.wecom.secret,
    callback: target,
    seed,
    clock,
  });
  return {
    url: simulator.url,
    state: simulator.state,
    setCallbackUrl: (url) => {
      target.url = url;
    },
    close: () => simulator.close(),
  };
}
