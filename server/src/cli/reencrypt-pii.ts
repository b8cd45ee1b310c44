import 'reflect-metadata';
import { DataSource, MoreThan } from 'typeorm';
import { PiiVault } from '../common/pii/pii-vault.js';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { Client } from '../modules/clients/client.entity.js';

const BATCH = 500;

/**
 * Second step of a PII_KEY rotation: with the new key in PII_KEY and the old one in PII_KEY_PREVIOUS,
 * rewrites every encrypted value and blind index under the new key. Idempotent and resumable (rows
 * already under the new key are left alone); afterwards PII_KEY_PREVIOUS can be removed.
 */
export async function reencryptClients(dataSource: DataSource, vault: PiiVault): Promise<{ scanned: number; rewritten: number }> {
  const repo = dataSource.getRepository(Client);
  let lastId = 0;
  let scanned = 0;
  let rewritten = 0;
  for (;;) {
    const rows = await repo.find({ where: { id: MoreThan(lastId) }, order: { id: 'ASC' }, take: BATCH });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    scanned += rows.length;
    for (const row of rows) {
      const stale = [row.customerNoEnc, row.phoneEnc, row.idNoEnc].some((v) => v && vault.needsReencryption(v));
      if (!stale) continue;
      const customerNo = row.customerNoEnc ? vault.decrypt(row.customerNoEnc) : null;
      const phone = row.phoneEnc ? vault.decrypt(row.phoneEnc) : null;
      const idNo = row.idNoEnc ? vault.decrypt(row.idNoEnc) : null;
      await repo.update(
        { id: row.id },
        {
          customerNoEnc: customerNo === null ? null : vault.encrypt(customerNo),
          customerNoHash: customerNo === null ? null : vault.blindIndex(customerNo),
          phoneEnc: phone === null ? null : vault.encrypt(phone),
          phoneHash: phone === null ? null : vault.blindIndex(phone),
          idNoEnc: idNo === null ? null : vault.encrypt(idNo),
        },
      );
      rewritten += 1;
    }
  }
  return { scanned, rewritten };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  if (!config.piiKeyPrevious) process.stderr.write('note: PII_KEY_PREVIOUS is not set; only values under other keys would fail\n');
  const dataSource = new DataSource(dataSourceOptions(config.database));
  dataSource
    .initialize()
    .then(() => reencryptClients(dataSource, new PiiVault(config.piiKey, config.piiKeyPrevious)))
    .then(async (result) => {
      process.stdout.write(`scanned ${result.scanned} clients, re-encrypted ${result.rewritten}\n`);
      await dataSource.destroy();
    })
    .catch((error: unknown) => {
      process.stderr.write(`re-encryption failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
