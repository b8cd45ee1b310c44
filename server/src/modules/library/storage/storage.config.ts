import { join } from 'node:path';
import type { S3StorageConfig } from './s3-storage.js';

export type StorageConfig = { kind: 'local'; root: string } | ({ kind: 's3' } & S3StorageConfig);

/**
 * Storage backend from the environment: S3 when S3_BUCKET is set (with S3_ENDPOINT, S3_REGION,
 * S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, optional S3_SESSION_TOKEN, S3_FORCE_PATH_STYLE=true for
 * MinIO, S3_PREFIX), else local disk under DATA_DIR/storage.
 */
export function loadStorageConfig(env: Record<string, string | undefined>, dataDir: string): StorageConfig {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return { kind: 'local', root: join(dataDir, 'storage') };
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} is required when S3_BUCKET is set`);
    return value;
  };
  const region = env.S3_REGION?.trim() || 'us-east-1';
  return {
    kind: 's3',
    bucket,
    region,
    endpoint: env.S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`,
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    ...(env.S3_SESSION_TOKEN ? { sessionToken: env.S3_SESSION_TOKEN } : {}),
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    prefix: env.S3_PREFIX?.trim() ?? '',
  };
}
