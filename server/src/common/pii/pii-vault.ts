import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts PII (phone, ID number, customer number) with AES-256-GCM under PII_KEY. Ciphertext format:
 * `v1:<iv b64>:<tag b64>:<data b64>`. Exact-match lookups use a keyed HMAC, never the plaintext.
 */
export class PiiVault {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('PII key must be 32 bytes');
    // Separate sub-keys for encryption and blind indexes, so one never helps attack the other.
    this.encKey = createHmac('sha256', key).update('valuelens:pii:enc').digest();
    this.macKey = createHmac('sha256', key).update('valuelens:pii:mac').digest();
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(ciphertext: string): string {
    const [version, iv, tag, data] = ciphertext.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('unsupported PII ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash for equality lookups (unique index on customer number, phone search). */
  blindIndex(value: string): string {
    return createHmac('sha256', this.macKey).update(value.trim()).digest('hex');
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
