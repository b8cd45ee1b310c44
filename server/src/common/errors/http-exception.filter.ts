import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@valuelens/contracts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from './app-error.js';
import type { IdentifiedRequest } from '../http/request-id.middleware.js';
import { urlPath } from '../http/url-path.js';
import { logger } from '../logging/logger.js';

/** Maps Nest's own HTTP exceptions (routing, body parser, guards) onto the stable codes. */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return 'MALFORMED_REQUEST';
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
    case HttpStatus.METHOD_NOT_ALLOWED:
      return 'NOT_FOUND';
    case HttpStatus.CONFLICT:
      return 'CONFLICT';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'PAYLOAD_TOO_LARGE';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'RATE_LIMITED';
    case HttpStatus.SERVICE_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST';
  }
}

/** Body-parser errors arrive as plain errors carrying a status (invalid JSON, too large, bad charset). */
function parserStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown; type?: unknown } | null)?.status;
  const type = (error as { type?: unknown } | null)?.type;
  return typeof status === 'number' && typeof type === 'string' && status >= 400 && status < 500 ? status : undefined;
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(error, http.getRequest<IncomingMessage>(), http.getResponse<ServerResponse>());
  }
}

/**
 * The error model {code, message, details?, requestId} for any failure, on Node's own request and response (Express's
 * extend them), so Nest's filter and the routes answered ahead of Express (http/hot-routes.ts) answer alike.
 */
export function sendError(error: unknown, request: IdentifiedRequest, response: ServerResponse): void {
  const requestId = request.requestId ?? 'unknown';
  let status: number;
  let body: ApiErrorBody;

  if (error instanceof AppError) {
    status = error.status;
    body = { code: error.code, message: error.message, requestId };
    if (error.details !== undefined) body.details = error.details;
  } else if (error instanceof HttpException) {
    status = error.getStatus();
    const code = codeForStatus(status);
    body = { code, message: status >= 500 ? '系统繁忙，请稍后再试' : safeMessage(error), requestId };
  } else if (parserStatus(error) !== undefined) {
    status = parserStatus(error)!;
    body = { code: codeForStatus(status), message: status === 413 ? '请求内容过大' : '请求体不是有效的 JSON', requestId };
  } else {
    status = HttpStatus.INTERNAL_SERVER_ERROR;
    body = { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试', requestId };
  }
  if (status >= 500) {
    logger.error('request failed', { requestId, method: request.method, path: urlPath(request.url), error: describe(error) });
  }
  if (response.headersSent) return;
  // Explicit type: a route may have set text/plain (the WeCom callback) before failing.
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

function safeMessage(error: HttpException): string {
  const res = error.getResponse();
  const message = typeof res === 'object' && res !== null ? (res as { message?: unknown }).message : res;
  return typeof message === 'string' && message.length < 200 ? message : error.message;
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { value: String(error) };
}
