import { createCipheriv } from 'node:crypto';
import { WecomCallbackCrypto, WecomCryptoError } from './callback-crypto.js';

// Official vectors from sbzhu/weworkapi_php callback/Sample.php (shared WECOM.md §3.3, vector A).
const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const CORP_ID = 'wx5823bf96d3bd56c7';

const A1 = {
  msgSignature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  encrypt: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  plaintext: '1616140317555161061',
  random: 'c41b64491c2468d0',
};

const A2 = {
  msgSignature: '477715d11cdb4164915debcba66cb864d751f3e6',
  timestamp: '1409659813',
  nonce: '1372623149',
  encrypt:
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
  plaintext:
    '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>',
  random: '0960688932c47ef1',
};

const crypto = new WecomCallbackCrypto(TOKEN, AES_KEY, CORP_ID);

describe('WecomCallbackCrypto (official vectors)', () => {
  it.each([
    ['A1 URL verification', A1],
    ['A2 POST message', A2],
  ])('should verify the signature of %s', (_name, vector) => {
    expect(crypto.signature(vector.timestamp, vector.nonce, vector.encrypt)).toBe(vector.msgSignature);
    expect(crypto.verifySignature(vector.msgSignature, vector.timestamp, vector.nonce, vector.encrypt)).toBe(true);
  });

  it.each([
    ['A1', A1],
    ['A2', A2],
  ])('should decrypt %s to the exact plaintext', (_name, vector) => {
    expect(crypto.decrypt(vector.encrypt)).toBe(vector.plaintext);
  });

  it('should decrypt A2 whose 30-byte padding breaks 16-byte auto-padding', () => {
    expect(crypto.decrypt(A2.encrypt)).toHaveLength(284);
  });

  it.each([
    ['A1', A1],
    ['A2', A2],
  ])('should re-encrypt %s with its embedded random to the identical ciphertext', (_name, vector) => {
    expect(crypto.encrypt(vector.plaintext, Buffer.from(vector.random, 'ascii'))).toBe(vector.encrypt);
  });

  it('should reject a wrong signature', () => {
    const tampered = `${A2.msgSignature.slice(0, -1)}0`;
    expect(crypto.verifySignature(tampered, A2.timestamp, A2.nonce, A2.encrypt)).toBe(false);
    expect(crypto.verifySignature(A2.msgSignature, A2.timestamp, '1372623148', A2.encrypt)).toBe(false);
    expect(crypto.verifySignature('short', A2.timestamp, A2.nonce, A2.encrypt)).toBe(false);
  });

  it('should reject a message encrypted for another corp', () => {
    const otherCorp = new WecomCallbackCrypto(TOKEN, AES_KEY, 'wwsomeoneelse');
    expect(() => otherCorp.decrypt(A2.encrypt)).toThrow(
      expect.objectContaining({ reason: 'receive_id_mismatch' }) as unknown as Error,
    );
  });

  it('should reject bad padding', () => {
    // Encrypt a block whose last byte (0) is not a valid PKCS#7 pad value.
    const key = Buffer.from(`${AES_KEY}=`, 'base64');
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
    cipher.setAutoPadding(false);
    const badPad = Buffer.concat([cipher.update(Buffer.alloc(32, 0)), cipher.final()]).toString('base64');
    expect(() => crypto.decrypt(badPad)).toThrow(WecomCryptoError);
    expect(() => crypto.decrypt(badPad)).toThrow(/padding/);
  });

  it('should reject ciphertext that is not whole AES blocks', () => {
    expect(() => crypto.decrypt(Buffer.from('abc').toString('base64'))).toThrow(
      expect.objectContaining({ reason: 'bad_ciphertext' }) as unknown as Error,
    );
  });

  it('should round-trip Chinese text with a random prefix', () => {
    const xml = '<xml><Content><![CDATA[你好，价值透镜]]></Content></xml>';
    expect(crypto.decrypt(crypto.encrypt(xml))).toBe(xml);
  });

  it('should refuse an EncodingAESKey of the wrong length', () => {
    expect(() => new WecomCallbackCrypto(TOKEN, AES_KEY.slice(1), CORP_ID)).toThrow(WecomCryptoError);
  });
});
