import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '../logging/logger.js';
import { urlPath } from './url-path.js';

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
  }
}

/** A request once it has its id (Express's Request has it too, declared above). */
export interface IdentifiedRequest extends IncomingMessage {
  requestId?: string;
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from X-Request-Id when well-formed), echoes it and logs the outcome at debug level. */
export function requestIdMiddleware(req: IdentifiedRequest, res: ServerResponse, next: () => void): void {
  const incoming = req.headers['x-request-id'];
  req.requestId = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  if (logger.enabled('debug')) logOutcome(req, res);
  next();
}

function logOutcome(req: IdentifiedRequest, res: ServerResponse): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.debug('http', { requestId: req.requestId, method: req.method, path: urlPath(req.url), status: res.statusCode, ms });
  });
}
