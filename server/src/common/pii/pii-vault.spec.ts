import { randomBytes } from 'node:crypto';
import { PiiVault, maskCustomerNo, maskIdNumber, maskPhone } from './pii-vault.js';

describe('PiiVault', () => {
  const key = randomBytes(32);

  it('should round-trip a value and never store it in clear', () => {
    const vault = new PiiVault(key);
    const encrypted = vault.encrypt('13812345678');
    expect(encrypted).not.toContain('13812345678');
    expect(encrypted.startsWith('v2:')).toBe(true);
    expect(vault.decrypt(encrypted)).toBe('13812345678');
  });

  it('should use a fresh IV so equal values encrypt differently', () => {
    const vault = new PiiVault(key);
    expect(vault.encrypt('110101199003071234')).not.toBe(vault.encrypt('110101199003071234'));
  });

  it('should reject a tampered ciphertext', () => {
    const vault = new PiiVault(key);
    const parts = vault.encrypt('A123').split(':');
    parts[4] = Buffer.from('B123').toString('base64');
    expect(() => vault.decrypt(parts.join(':'))).toThrow();
  });

  it('should read values written under the previous key during a rotation and flag them', () => {
    const oldVault = new PiiVault(key);
    const written = oldVault.encrypt('13900001111');
    const newKey = randomBytes(32);
    const rotating = new PiiVault(newKey, key);
    expect(rotating.decrypt(written)).toBe('13900001111');
    expect(rotating.needsReencryption(written)).toBe(true);
    expect(rotating.needsReencryption(rotating.encrypt('x'))).toBe(false);
    expect(rotating.blindIndexCandidates('13900001111')).toEqual([new PiiVault(newKey).blindIndex('13900001111'), oldVault.blindIndex('13900001111')]);
    expect(() => new PiiVault(newKey).decrypt(written)).toThrow(/unknown key/);
  });

  it('should mask by the documented patterns', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('110101199003071234')).toBe('110***********1234');
    expect(maskCustomerNo('102300001234')).toBe('********1234');
  });
});
