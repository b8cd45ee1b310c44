import type { SimulatedContactEvent } from '../callback-pusher.js';
import { jsonBody, type SimRequest } from '../http.js';
import { invalidParameter } from '../simulated-error.js';
import type { SimulatorState } from '../state.js';

/**
 * HTTP face of the state's control functions, under /_control/ (not part of qyapi): what tests, demo mode and
 * browser tests use to act as the member or the customer. Answers plain JSON; failures are HTTP 400.
 */
export interface ControlRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(request: SimRequest, state: SimulatorState): object | Promise<object>;
}

const CHANGE_TYPES = new Set(['add_external_contact', 'edit_external_contact', 'del_external_contact', 'del_follow_user', 'transfer_fail']);

export const controlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_control/oauth-code',
    handle: (req, state) => ({ code: state.mintOAuthCode(requireString(jsonBody<{ userid: string }>(req).userid, 'userid')) }),
  },
  {
    method: 'POST',
    path: '/_control/mass-send/confirm',
    handle: (req, state) => {
      const body = jsonBody<{ msgid: string; userid: string }>(req);
      return { send_list: state.confirmMassSend(requireString(body.msgid, 'msgid'), requireString(body.userid, 'userid')) };
    },
  },
  {
    method: 'POST',
    path: '/_control/callback-event',
    handle: (req, state) => {
      const event = jsonBody<SimulatedContactEvent>(req);
      if (!CHANGE_TYPES.has(event.changeType ?? '')) invalidParameter('unknown changeType');
      requireString(event.userid, 'userid');
      requireString(event.externalUserId, 'externalUserId');
      return state.pushCallbackEvent(event as SimulatedContactEvent);
    },
  },
  { method: 'GET', path: '/_control/app-messages', handle: (_req, state) => ({ messages: state.listAppMessages() }) },
  {
    method: 'POST',
    path: '/_control/faults',
    handle: (req, state) => {
      const body = jsonBody<{ endpoint: string; errcode: number; count: number }>(req);
      if (!Number.isInteger(body.errcode) || !Number.isInteger(body.count)) invalidParameter('errcode and count must be integers');
      state.injectErrors(requireString(body.endpoint, 'endpoint'), body.errcode ?? 0, body.count ?? 0);
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/_control/latency',
    handle: (req, state) => {
      state.setLatency(Number(jsonBody<{ ms: number }>(req).ms ?? 0));
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/_control/expire-tokens',
    handle: (_req, state) => {
      state.expireAllTokens();
      return { ok: true };
    },
  },
  { method: 'GET', path: '/_control/calls', handle: (_req, state) => ({ calls: state.callCounts() }) },
];

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) invalidParameter(`${name} is required`);
  return value;
}
