import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { reencryptClients } from '../src/cli/reencrypt-pii.js';
import { PiiVault } from '../src/common/pii/pii-vault.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { Client } from '../src/modules/clients/client.entity.js';
import { createTestDatabase, TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('PII key rotation on %s', (engine) => {
  it('should rewrite every value under the new key, keep them readable, and be resumable', async () => {
    const db = await createTestDatabase(engine);
    const ds = new DataSource(dataSourceOptions(db.config));
    await ds.initialize();
    try {
      await ds.runMigrations();
      const oldKey = randomBytes(32);
      const newKey = randomBytes(32);
      const oldVault = new PiiVault(oldKey);
      const repo = ds.getRepository(Client);
      for (let i = 0; i < 3; i++) {
        const phone = `1380000000${i}`;
        await repo.insert({ name: `客户${i}`, externalUserId: `wmROT${i}`, phoneEnc: oldVault.encrypt(phone), phoneHash: oldVault.blindIndex(phone), customerNoEnc: oldVault.encrypt(`C${i}`), customerNoHash: oldVault.blindIndex(`C${i}`) });
      }
      const rotating = new PiiVault(newKey, oldKey);
      expect(await reencryptClients(ds, rotating)).toEqual({ scanned: 3, rewritten: 3 });
      expect(await reencryptClients(ds, rotating)).toEqual({ scanned: 3, rewritten: 0 });
      const after = new PiiVault(newKey);
      const rows = await repo.find({ order: { id: 'ASC' } });
      expect(rows.map((r) => after.decrypt(r.phoneEnc!))).toEqual(['13800000000', '13800000001', '13800000002']);
      expect(rows[1]!.customerNoHash).toBe(after.blindIndex('C1'));
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
