import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { logger } from '../logging/logger.js';

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
  }
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from X-Request-Id when well-formed), echoes it and logs the outcome at debug level. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  req.requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  if (logger.enabled('debug')) logOutcome(req, res);
  next();
}

function logOutcome(req: Request, res: Response): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.debug('http', { requestId: req.requestId, method: req.method, path: req.path, status: res.statusCode, ms });
  });
}
