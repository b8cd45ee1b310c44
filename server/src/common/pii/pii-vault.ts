import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

interface KeySet {
  id: string;
  enc: Buffer;
  mac: Buffer;
}

/** Separate sub-keys for encryption and blind indexes, so one never helps attack the other. */
function deriveKeys(key: Buffer): KeySet {
  if (key.length !== 32) throw new Error('PII key must be 32 bytes');
  return {
    id: createHash('sha256').update(key).digest('hex').slice(0, 8),
    enc: createHmac('sha256', key).update('valuelens:pii:enc').digest(),
    mac: createHmac('sha256', key).update('valuelens:pii:mac').digest(),
  };
}

/**
 * Encrypts PII (phone, ID number, customer number) with AES-256-GCM under PII_KEY. Ciphertext:
 * `v2:<key id>:<iv>:<tag>:<data>` (base64 parts), so a rotation can tell which key wrote a value:
 * with PII_KEY_PREVIOUS set, old values still decrypt and lookups try both blind indexes until the
 * re-encryption job has rewritten every row (docs/OPERATIONS.md, "Rotating PII_KEY").
 */
export class PiiVault {
  private readonly current: KeySet;
  private readonly previous: KeySet | null;

  constructor(key: Buffer, previousKey?: Buffer) {
    this.current = deriveKeys(key);
    this.previous = previousKey ? deriveKeys(previousKey) : null;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.enc, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v2', this.current.id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(ciphertext: string): string {
    const parts = ciphertext.split(':');
    // v1 (no key id) was written with the key current at that time.
    const [keyId, iv, tag, data] = parts[0] === 'v1' ? [this.current.id, ...parts.slice(1)] : parts[0] === 'v2' ? parts.slice(1) : [];
    const keys = [this.current, this.previous].find((k) => k?.id === keyId);
    if (!keys || !iv || !tag || data === undefined) throw new Error('unsupported PII ciphertext or unknown key');
    const decipher = createDecipheriv('aes-256-gcm', keys.enc, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** True when the value was written under an older key (the re-encryption job rewrites it). */
  needsReencryption(ciphertext: string): boolean {
    return !ciphertext.startsWith(`v2:${this.current.id}:`);
  }

  /** Deterministic keyed hash for equality lookups (unique index on customer number, phone search). */
  blindIndex(value: string): string {
    return createHmac('sha256', this.current.mac).update(value.trim()).digest('hex');
  }

  /** Every hash a stored value may carry during a key rotation: look up with `IN (…)`. */
  blindIndexCandidates(value: string): string[] {
    const current = this.blindIndex(value);
    return this.previous ? [current, createHmac('sha256', this.previous.mac).update(value.trim()).digest('hex')] : [current];
  }
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 110***********1234 */
export function maskIdNumber(id: string): string {
  return id.length >= 8 ? `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}` : '****';
}

/** Customer numbers keep their last 4 digits. */
export function maskCustomerNo(no: string): string {
  return no.length > 4 ? `${'*'.repeat(no.length - 4)}${no.slice(-4)}` : '****';
}
