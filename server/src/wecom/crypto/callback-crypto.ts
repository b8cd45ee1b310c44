import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * WeCom callback encryption (WXBizMsgCrypt), per the official 加解密方案说明
 * (developer.work.weixin.qq.com/document/path/91144, shared WECOM.md §3.1):
 * AES-256-CBC, key = base64(EncodingAESKey + "="), IV = first 16 bytes of the key, PKCS#7 padded to 32 bytes,
 * plaintext = random(16) + msg_len(4, big-endian) + msg + receiveid.
 */

/** Why a callback payload was rejected; the callback controller maps `reason` to an error code. */
export class WecomCryptoError extends Error {
  constructor(
    readonly reason: 'bad_key' | 'bad_ciphertext' | 'bad_padding' | 'bad_length' | 'receive_id_mismatch',
    message: string,
  ) {
    super(message);
    this.name = 'WecomCryptoError';
  }
}

/** PKCS#7 with a 32-byte block, as WeCom uses (not AES's 16): pad values run 1..32. */
const PAD_BLOCK = 32;
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;

export class WecomCallbackCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly receiveId: string,
  ) {
    if (encodingAesKey.length !== 43) throw new WecomCryptoError('bad_key', 'EncodingAESKey must be 43 characters');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new WecomCryptoError('bad_key', 'EncodingAESKey must decode to 32 bytes');
    this.iv = this.key.subarray(0, 16);
  }

  /** msg_signature = sha1(sort([token, timestamp, nonce, encrypt]).join('')), plain lexicographic sort. */
  signature(timestamp: string, nonce: string, encrypt: string): string {
    const joined = [this.token, timestamp, nonce, encrypt].sort().join('');
    return createHash('sha1').update(joined).digest('hex');
  }

  verifySignature(msgSignature: string, timestamp: string, nonce: string, encrypt: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypt), 'utf8');
    const given = Buffer.from(msgSignature.toLowerCase(), 'utf8');
    // timingSafeEqual needs equal lengths; a length mismatch is already a mismatch.
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  decrypt(encrypt: string): string {
    const cipherText = Buffer.from(encrypt, 'base64');
    if (cipherText.length === 0 || cipherText.length % 16 !== 0) {
      throw new WecomCryptoError('bad_ciphertext', 'ciphertext length is not a multiple of the AES block');
    }
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    // Node's auto-padding only knows 16-byte PKCS#7 and throws "bad decrypt" on pads of 17..32 (WECOM.md §3.1).
    decipher.setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(cipherText), decipher.final()]);
    const plain = stripPadding(padded);
    if (plain.length < RANDOM_BYTES + LENGTH_BYTES) throw new WecomCryptoError('bad_length', 'plaintext too short');
    const messageLength = plain.readUInt32BE(RANDOM_BYTES);
    const messageEnd = RANDOM_BYTES + LENGTH_BYTES + messageLength;
    if (messageEnd > plain.length) throw new WecomCryptoError('bad_length', 'message length exceeds plaintext');
    const receiveId = plain.subarray(messageEnd).toString('utf8');
    if (receiveId !== this.receiveId) {
      throw new WecomCryptoError('receive_id_mismatch', 'callback was encrypted for a different receive id');
    }
    return plain.subarray(RANDOM_BYTES + LENGTH_BYTES, messageEnd).toString('utf8');
  }

  /** `random16` exists so tests can reproduce the official vectors byte for byte. */
  encrypt(plaintext: string, random16: Buffer = randomBytes(RANDOM_BYTES)): string {
    if (random16.length !== RANDOM_BYTES) throw new WecomCryptoError('bad_length', 'random prefix must be 16 bytes');
    const message = Buffer.from(plaintext, 'utf8');
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(message.length, 0);
    const body = Buffer.concat([random16, length, message, Buffer.from(this.receiveId, 'utf8')]);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(addPadding(body)), cipher.final()]).toString('base64');
  }
}

function addPadding(data: Buffer): Buffer {
  const pad = PAD_BLOCK - (data.length % PAD_BLOCK);
  return Buffer.concat([data, Buffer.alloc(pad, pad)]);
}

function stripPadding(data: Buffer): Buffer {
  const pad = data[data.length - 1] ?? 0;
  if (pad < 1 || pad > PAD_BLOCK || pad > data.length) {
    throw new WecomCryptoError('bad_padding', 'invalid PKCS#7 padding');
  }
  for (let i = data.length - pad; i < data.length; i++) {
    if (data[i] !== pad) throw new WecomCryptoError('bad_padding', 'invalid PKCS#7 padding');
  }
  return data.subarray(0, data.length - pad);
}
