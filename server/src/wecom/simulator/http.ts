import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatorState } from './state.js';
import { invalidParameter, SIM_ERRCODE, wecomFail } from './simulated-error.js';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

/** One qyapi endpoint; `endpoint` is the path under /cgi-bin/. Handlers return the fields besides errcode/errmsg. */
export interface QyapiRoute {
  method: 'GET' | 'POST';
  endpoint: string;
  withoutToken?: boolean;
  handle(request: SimRequest, state: SimulatorState): object | Promise<object>;
}

/** Above WeCom's largest upload (file, 20 MB) so the size rule, not the reader, rejects big files. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) invalidParameter('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The JSON body as the handler's expected shape; shapes are checked field by field where WeCom checks them. */
export function jsonBody<T extends object>(request: SimRequest): Partial<T> {
  if (request.rawBody.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(request.rawBody.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) wecomFail(SIM_ERRCODE.MALFORMED_BODY, 'data format error');
    return parsed as Partial<T>;
  } catch {
    wecomFail(SIM_ERRCODE.MALFORMED_BODY, 'data format error');
  }
}

export interface UploadedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Reads one file field from a multipart/form-data body (WeCom's uploads use the field "media"). */
export function multipartFile(request: SimRequest, field: string): UploadedFile {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers['content-type'] ?? '');
  const boundaryText = boundary?.[1] ?? boundary?.[2];
  if (!boundaryText) invalidParameter('multipart/form-data body required');
  const delimiter = Buffer.from(`--${boundaryText}`);
  const body = request.rawBody;
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name === field) {
        return {
          filename: /filename="([^"]*)"/i.exec(headers)?.[1] ?? '',
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
          data: part.subarray(headerEnd + 4),
        };
      }
    }
    start = next;
  }
  invalidParameter(`multipart field "${field}" missing`);
}
