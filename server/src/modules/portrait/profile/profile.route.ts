import compression from 'compression';
import cookieParser from 'cookie-parser';
import { authenticate } from '../../../common/auth/auth.guard.js';
import type { SessionService } from '../../../common/auth/session.service.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { type HotRoute, type NodeMiddleware, sendBody } from '../../../http/hot-routes.js';
import { JSON_CONTENT_TYPE } from '../../../http/raw-json.js';
import type { ProfileController } from './profile.controller.js';
import { ProfileQuery } from './profile.dto.js';

/**
 * GET /api/sidebar/profile, answered ahead of Express (http/hot-routes.ts): the sidebar asks for it every time an
 * advisor opens a chat, which makes it the busiest staff route, and Express's and Nest's per-request work was about
 * 40 % of its CPU. The route authenticates as the global guard does (a session, from the Bearer header or the
 * cookie; the route has no role restriction, scope is the service's), parses the query with Express's own parser
 * and validates it with the global validation pipe's rules, compresses as every API answer is, and answers through
 * ProfileController, whose declaration stays the route's OpenAPI contract (Nest registers the same path behind this
 * one, where only its other spellings reach it).
 */
export function profileRoute(profiles: ProfileController, sessions: SessionService, parseQuery: (search: string) => unknown): HotRoute {
  const validation = createValidationPipe();
  return {
    method: 'GET',
    template: '/api/sidebar/profile',
    middleware: [compression() as unknown as NodeMiddleware, cookieParser() as unknown as NodeMiddleware],
    async handle(req, res) {
      const actor = await authenticate(req, sessions);
      const query = (await validation.transform(parseQuery(req.search), { type: 'query', metatype: ProfileQuery })) as ProfileQuery;
      sendBody(res, 200, JSON_CONTENT_TYPE, await profiles.profile(actor, query));
    },
  };
}
