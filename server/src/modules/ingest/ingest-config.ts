import { ConfigError, readString } from '../../config/env.js';

/**
 * Which client identifier a sender's `distinct_id` carries (INGEST_DISTINCT_ID):
 * - customer_no: the brokerage customer number (神策 login id in most brokerage apps); matched through the
 *   blind index `clients.customer_no_hash` and stored only as that hash;
 * - unionid: the WeChat unionid (mini-programs, H5 inside WeChat);
 * - external_userid: the WeCom external contact id.
 */
export const DISTINCT_ID_MODES = ['customer_no', 'unionid', 'external_userid'] as const;
export type DistinctIdMode = (typeof DISTINCT_ID_MODES)[number];

export interface IngestConfig {
  distinctIdMode: DistinctIdMode;
}

export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

export function loadIngestConfig(env: Record<string, string | undefined> = process.env): IngestConfig {
  const mode = readString(env, 'INGEST_DISTINCT_ID', 'customer_no')!;
  if (!(DISTINCT_ID_MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(`INGEST_DISTINCT_ID must be one of ${DISTINCT_ID_MODES.join(', ')}, got "${mode}"`);
  }
  return { distinctIdMode: mode as DistinctIdMode };
}
