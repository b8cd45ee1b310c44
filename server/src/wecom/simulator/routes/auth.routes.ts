import type { QyapiRoute } from '../http.js';
import { invalidParameter } from '../simulated-error.js';

/** gettoken, both JS tickets and the OAuth code exchange (WECOM.md §2.2, §4.1). */
export const authRoutes: QyapiRoute[] = [
  {
    method: 'GET',
    endpoint: 'gettoken',
    withoutToken: true,
    handle: (req, state) => state.credentials.issueAccessToken(req.query.get('corpid'), req.query.get('corpsecret')),
  },
  { method: 'GET', endpoint: 'get_jsapi_ticket', handle: (_req, state) => state.credentials.issueTicket('corp') },
  {
    method: 'GET',
    endpoint: 'ticket/get',
    handle: (req, state) => {
      if (req.query.get('type') !== 'agent_config') invalidParameter('invalid type');
      return state.credentials.issueTicket('agent');
    },
  },
  {
    method: 'GET',
    endpoint: 'auth/getuserinfo',
    handle: (req, state) => {
      const userid = state.credentials.redeemOAuthCode(req.query.get('code'));
      return { userid };
    },
  },
];
