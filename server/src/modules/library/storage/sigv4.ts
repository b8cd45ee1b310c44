import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for the S3-compatible storage adapter (AWS General Reference, "Signature
 * Version 4 signing process"; S3 API Reference, "Authenticating Requests: Using the Authorization
 * Header"). Works for AWS S3, MinIO, Aliyun OSS and Tencent COS in S3 mode.
 */

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SigV4Request {
  method: string;
  url: URL;
  /** Headers to send and sign; `host` is added from the URL when absent. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or "UNSIGNED-PAYLOAD". */
  payloadHash: string;
  region: string;
  service: string;
  now: Date;
}

export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The request headers plus x-amz-date, x-amz-content-sha256 (S3) and Authorization. */
export function signRequest(request: SigV4Request, credentials: SigV4Credentials): Record<string, string> {
  const amzDate = request.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, 'x-amz-date': amzDate };
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'host')) headers.host = request.url.host;
  if (request.service === 's3') headers['x-amz-content-sha256'] = request.payloadHash;
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;

  const canonical = canonicalHeaders(headers);
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(request.url, request.service),
    canonicalQuery(request.url),
    canonical.text,
    canonical.signedHeaders,
    request.payloadHash,
  ].join('\n');
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = [day, request.region, request.service, 'aws4_request'].reduce<Buffer>(
    (key, part) => hmac(key, part),
    Buffer.from(`AWS4${credentials.secretAccessKey}`, 'utf8'),
  );
  const signature = hmac(signingKey, stringToSign).toString('hex');
  headers.Authorization =
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${canonical.signedHeaders}, Signature=${signature}`;
  return headers;
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** RFC 3986 unreserved characters stay, everything else is %XX upper-case (SigV4 "UriEncode"). */
export function uriEncode(value: string, keepSlash = false): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const ch = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-._~]/.test(ch) || (keepSlash && ch === '/')) return ch;
      return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** S3 encodes the path once; other services encode the already-encoded path a second time. */
function canonicalUri(url: URL, service: string): string {
  const path = decodeURIComponent(url.pathname) || '/';
  const once = uriEncode(path, true);
  return service === 's3' ? once : uriEncode(once, true);
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams.entries()]
    .map(([key, value]) => [uriEncode(key), uriEncode(value)] as const)
    .sort(([ka, va], [kb, vb]) => (ka === kb ? (va < vb ? -1 : 1) : ka < kb ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function canonicalHeaders(headers: Record<string, string>): { text: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    text: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders: entries.map(([name]) => name).join(';'),
  };
}
