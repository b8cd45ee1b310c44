import type { IncomingMessage } from 'node:http';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@valuelens/contracts';
import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { API_KEY_SCOPE, PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { ApiKeyVerifier } from './api-key.verifier.js';
import { SessionService } from './session.service.js';

export const SESSION_COOKIE = 'vl_session';

/** What authentication reads and sets, on Node's own request (Express's extends it): cookies as cookie-parser sets them. */
export interface SessionRequest extends IncomingMessage {
  cookies?: Record<string, string>;
  actor?: Actor;
  sessionExpiresAt?: Date;
}

/**
 * The global guard: every route needs a session (cookie or Bearer) unless it is marked @Public or
 * @ApiKeyAuth. @Roles narrows further. Object-level scope is the services' job (AccessService).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly apiKeys: ApiKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request>();

    const scope = this.reflector.getAllAndOverride<string | undefined>(API_KEY_SCOPE, targets);
    if (scope) {
      request.apiKeyId = await this.apiKeys.verify(request.header('x-api-key'), scope);
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)) {
      // Public routes still learn who is calling when a session is present (e.g. /api/auth/me-like hints).
      const token = sessionToken(request);
      const session = token ? await this.sessions.resolve(token) : null;
      request.actor = session?.actor;
      request.sessionExpiresAt = session?.expiresAt;
      return true;
    }
    const actor = await authenticate(request, this.sessions);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) throw new AppError('FORBIDDEN');
    return true;
  }
}

/**
 * The caller's session (Bearer token or cookie), set on the request as its actor: what every route not marked
 * @Public or @ApiKeyAuth requires, in Nest's pipeline (the guard) and in routes answered ahead of it.
 */
export async function authenticate(request: SessionRequest, sessions: SessionService): Promise<Actor> {
  const token = sessionToken(request);
  if (!token) throw new AppError('UNAUTHENTICATED');
  const session = await sessions.resolve(token);
  if (!session) throw new AppError('SESSION_EXPIRED');
  request.actor = session.actor;
  request.sessionExpiresAt = session.expiresAt;
  return session.actor;
}

export function sessionToken(request: SessionRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  return request.cookies?.[SESSION_COOKIE] || undefined;
}
