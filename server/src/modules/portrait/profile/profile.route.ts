import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { Express, Request, Response } from 'express';
import { authenticate } from '../../../common/auth/auth.guard.js';
import type { SessionService } from '../../../common/auth/session.service.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { JSON_CONTENT_TYPE } from '../../../http/raw-json.js';
import { routeAheadOfNest } from '../../../http/route-ahead-of-nest.js';
import type { Metrics } from '../../../observability/metrics.js';
import type { ProfileController } from './profile.controller.js';
import { ProfileQuery } from './profile.dto.js';

const PROFILE_PATH = '/api/sidebar/profile';

/**
 * GET /api/sidebar/profile, answered ahead of Nest's pipeline: the sidebar asks for it every time an advisor opens a
 * chat, which makes it the busiest staff route, and Nest's pipeline cost a fifth or so of its CPU. The route
 * authenticates as the global guard does (a session, from the Bearer header or the cookie; the route has no role
 * restriction, scope is the service's), validates the query with the global validation pipe's rules, compresses as
 * every API answer is, and answers through ProfileController, whose declaration stays the route's OpenAPI contract
 * (Nest registers the same path behind this one, where no request reaches it).
 */
export function mountProfileRoute(server: Express, profiles: ProfileController, sessions: SessionService, metrics: Metrics): void {
  const validation = createValidationPipe();
  server.get(
    PROFILE_PATH,
    ...routeAheadOfNest(metrics, [compression(), cookieParser()], async (req: Request, res: Response) => {
      const actor = await authenticate(req, sessions);
      const query = (await validation.transform(req.query, { type: 'query', metatype: ProfileQuery })) as ProfileQuery;
      res.type(JSON_CONTENT_TYPE).send(await profiles.profile(actor, query));
    }),
  );
}
