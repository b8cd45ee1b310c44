import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@valuelens/contracts';
import type { Request } from 'express';
import type { Actor } from './actor.js';

export const PUBLIC_KEY = 'valuelens:public';
export const ROLES_KEY = 'valuelens:roles';
export const API_KEY_SCOPE = 'valuelens:api-key-scope';

/**
 * Marks a route as reachable without a session. Every use states why, so the route-coverage test and
 * a reviewer can check the list: landing pages, beacons, WeCom callback, health, login.
 */
export const Public = (_reason: string): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Restricts a route to staff holding one of these roles (403 otherwise). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Machine-to-machine route authenticated by an `X-Api-Key` of the given scope instead of a session. */
export const ApiKeyAuth = (scope: string): MethodDecorator & ClassDecorator => SetMetadata(API_KEY_SCOPE, scope);

/** The authenticated staff member behind the request. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<Request>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a session');
  return actor;
});
