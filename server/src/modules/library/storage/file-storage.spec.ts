import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { type FileStorage, StoredFileMissingError } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { type FetchLike, S3Storage, type S3StorageConfig } from './s3-storage.js';
import { signRequest } from './sigv4.js';
import { loadStorageConfig } from './storage.config.js';

const s3Config: S3StorageConfig = {
  endpoint: 'http://minio.local:9000',
  bucket: 'valuelens',
  region: 'cn-north-1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'secret/EXAMPLE',
  forcePathStyle: true,
  prefix: 'prod/',
};

/**
 * An in-memory S3 that, like the real one, recomputes the SigV4 signature from what it received and
 * answers 403 SignatureDoesNotMatch when it differs.
 */
function fakeS3(): FetchLike {
  const objects = new Map<string, Uint8Array<ArrayBuffer>>();
  return async (url, init) => {
    const amzDate = init.headers['x-amz-date'] ?? '';
    const now = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
    const signed = Object.fromEntries(
      Object.entries(init.headers).filter(([name]) => !['authorization', 'x-amz-date', 'x-amz-content-sha256'].includes(name.toLowerCase())),
    );
    const expected = signRequest(
      { method: init.method, url: new URL(url), headers: signed, payloadHash: init.headers['x-amz-content-sha256'] ?? '', region: s3Config.region, service: 's3', now },
      s3Config,
    ).Authorization;
    if (expected !== init.headers.Authorization) return new Response('SignatureDoesNotMatch', { status: 403 });
    const path = new URL(url).pathname;
    if (init.method === 'PUT') objects.set(path, init.body ?? new Uint8Array());
    if (init.method === 'DELETE') objects.delete(path);
    if (init.method === 'GET') {
      const object = objects.get(path);
      return object ? new Response(object) : new Response('NoSuchKey', { status: 404 });
    }
    return new Response(null, { status: init.method === 'DELETE' ? 204 : 200 });
  };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const tempRoots: string[] = [];
afterAll(async () => {
  for (const root of tempRoots) await rm(root, { recursive: true, force: true });
});

async function localDisk(): Promise<FileStorage> {
  const root = await mkdtemp(join(tmpdir(), 'vl-storage-'));
  tempRoots.push(root);
  return new LocalDiskStorage(root);
}

describe.each([
  ['local disk', localDisk],
  ['S3', async (): Promise<FileStorage> => new S3Storage(s3Config, fakeS3(), () => new Date('2026-11-20T02:00:00Z'))],
] as const)('%s storage', (_name, make) => {
  let storage: FileStorage;
  beforeEach(async () => {
    storage = await make();
  });

  it('should store, read, stream and delete a file', async () => {
    await storage.put('materials/2026/11/report.pdf', Buffer.from('研究报告 PDF'), 'application/pdf');
    expect((await storage.get('materials/2026/11/report.pdf')).toString('utf8')).toBe('研究报告 PDF');
    expect(await readAll(await storage.stream('materials/2026/11/report.pdf'))).toBe('研究报告 PDF');
    await storage.delete('materials/2026/11/report.pdf');
    await expect(storage.get('materials/2026/11/report.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('should refuse keys that could escape the root', async () => {
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow('Unsafe storage key');
  });
});

describe('S3 addressing and configuration', () => {
  it('should use virtual-hosted URLs unless path style is forced', () => {
    const hosted = new S3Storage({ ...s3Config, endpoint: 'https://s3.cn-north-1.amazonaws.com.cn', forcePathStyle: false, prefix: '' });
    expect(hosted.urlFor('a/b.png').toString()).toBe('https://valuelens.s3.cn-north-1.amazonaws.com.cn/a/b.png');
    expect(new S3Storage(s3Config).urlFor('a/b.png').toString()).toBe('http://minio.local:9000/valuelens/prod/a/b.png');
  });

  it('should choose local disk without S3_BUCKET and require keys with it', () => {
    expect(loadStorageConfig({}, '/data')).toEqual({ kind: 'local', root: '/data/storage' });
    expect(() => loadStorageConfig({ S3_BUCKET: 'b' }, '/data')).toThrow('S3_ACCESS_KEY_ID');
    expect(loadStorageConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, '/data')).toMatchObject({
      kind: 's3',
      endpoint: 'https://s3.us-east-1.amazonaws.com',
    });
  });
});
