import { Readable } from 'node:stream';
import { assertSafeKey, type FileStorage, StoredFileMissingError } from './file-storage.js';
import { EMPTY_PAYLOAD_SHA256, sha256Hex, type SigV4Credentials, signRequest, uriEncode } from './sigv4.js';

export interface S3StorageConfig extends SigV4Credentials {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  /** Path-style URLs (endpoint/bucket/key), needed by MinIO and most self-hosted stores. */
  forcePathStyle: boolean;
  /** Optional key prefix so several deployments can share a bucket. */
  prefix: string;
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: Uint8Array<ArrayBuffer> }) => Promise<Response>;

/** Objects in an S3-compatible bucket over plain HTTPS with SigV4 (no SDK dependency). */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;

  constructor(
    private readonly config: S3StorageConfig,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const response = await this.send('PUT', key, data, { 'content-type': contentType });
    await this.ensureOk(response, key);
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', key);
    await this.ensureOk(response, key);
    return Buffer.from(await response.arrayBuffer());
  }

  async stream(key: string): Promise<Readable> {
    const response = await this.send('GET', key);
    await this.ensureOk(response, key);
    if (!response.body) return Readable.from([]);
    return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  }

  async delete(key: string): Promise<void> {
    const response = await this.send('DELETE', key);
    // S3 answers 204 for a missing key as well; delete is idempotent.
    if (response.status !== 404) await this.ensureOk(response, key);
  }

  /** The object URL, virtual-hosted (bucket.endpoint/key) or path-style (endpoint/bucket/key). */
  urlFor(key: string): URL {
    assertSafeKey(key);
    const objectKey = uriEncode(`${this.config.prefix}${key}`, true);
    const endpoint = new URL(this.config.endpoint);
    if (this.config.forcePathStyle) return new URL(`${endpoint.origin}/${this.config.bucket}/${objectKey}`);
    return new URL(`${endpoint.protocol}//${this.config.bucket}.${endpoint.host}/${objectKey}`);
  }

  private send(method: string, key: string, body?: Buffer, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const url = this.urlFor(key);
    const headers = signRequest(
      {
        method,
        url,
        headers: body ? { ...extraHeaders, 'content-length': String(body.length) } : extraHeaders,
        payloadHash: body ? sha256Hex(body) : EMPTY_PAYLOAD_SHA256,
        region: this.config.region,
        service: 's3',
        now: this.now(),
      },
      this.config,
    );
    return this.fetchImpl(url.toString(), body ? { method, headers, body: new Uint8Array(body) } : { method, headers });
  }

  private async ensureOk(response: Response, key: string): Promise<void> {
    if (response.status === 404) throw new StoredFileMissingError(key);
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw new Error(`S3 ${response.status} for ${key}: ${text.slice(0, 200)}`);
    }
  }
}
