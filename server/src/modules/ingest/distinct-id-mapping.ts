import type { PiiVault } from '../../common/pii/pii-vault.js';
import type { DistinctIdMode } from './ingest-config.js';

/** The clients column a stored distinct id is compared with, per mode. */
const CLIENT_COLUMN: Record<DistinctIdMode, 'customer_no_hash' | 'unionid' | 'external_userid'> = {
  customer_no: 'customer_no_hash',
  unionid: 'unionid',
  external_userid: 'external_userid',
};

export interface ClientIdentifiers {
  customerNo?: string | null;
  unionid?: string | null;
  externalUserId?: string | null;
}

/**
 * How a sender's distinct_id is kept and matched. A customer number is PII, so it is reduced to its blind
 * index on arrival and never stored in clear; WeChat/WeCom ids are pseudonymous and kept as sent.
 */
export class DistinctIdMapping {
  readonly clientColumn: 'customer_no_hash' | 'unionid' | 'external_userid';

  constructor(
    readonly mode: DistinctIdMode,
    private readonly vault: PiiVault,
  ) {
    this.clientColumn = CLIENT_COLUMN[mode];
  }

  /** The value stored in behaviour_events.distinct_id for what the sender sent. */
  storedKey(rawDistinctId: string): string {
    return this.mode === 'customer_no' ? this.vault.blindIndex(rawDistinctId) : rawDistinctId;
  }

  /** The stored distinct id a known client's events carry, or null when the client lacks that identifier. */
  keyOfClient(client: ClientIdentifiers): string | null {
    if (this.mode === 'customer_no') return client.customerNo ? this.vault.blindIndex(client.customerNo) : null;
    return (this.mode === 'unionid' ? client.unionid : client.externalUserId) ?? null;
  }
}
