import { randomBytes } from 'node:crypto';

/** Random nonces as an injectable adapter, so signature tests are deterministic. */
export interface NonceGenerator {
  nonce(): string;
}

export const NONCE_GENERATOR = Symbol('NONCE_GENERATOR');

/** 16 alphanumeric characters from a CSPRNG (the SDK only needs a unique string; no padding or symbols). */
export const randomNonceGenerator: NonceGenerator = {
  nonce: () => randomBytes(12).toString('base64url').replace(/[-_]/g, '0'),
};
