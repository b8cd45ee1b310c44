import type { DataSource } from 'typeorm';
import type { PiiVault } from '../../src/common/pii/pii-vault.js';
import { generateDataset } from '../../src/demo/generator/generate.js';
import type { GeneratorOptions } from '../../src/demo/generator/types.js';
import { insertRows } from '../../src/database/raw-insert.js';

const ROWS_PER_STATEMENT = 500;

/**
 * The generated clients as bare `clients` rows (id = index + 1) with the customer number's blind index, what
 * ingestion matches a 神策 distinct_id against. Portfolios and behaviour are not written: only the identities.
 * Returns each customer number's client id and stored key. Client rows do not depend on the event volume, so the generator runs with one event per client here.
 */
export async function seedClientIdentities(ds: DataSource, vault: PiiVault, options: GeneratorOptions): Promise<Map<string, { id: number; key: string }>> {
  const byCustomerNo = new Map<string, { id: number; key: string }>();
  const now = new Date();
  const columns = ['id', 'name', 'external_userid', 'customer_no_hash', 'gender', 'age_band', 'risk_level', 'source', 'created_at', 'updated_at'];
  let rows: (string | number | Date | null)[][] = [];
  let index = 0;
  for (const { client } of generateDataset({ ...options, eventsPerClient: 1 }).clients()) {
    index += 1;
    const key = vault.blindIndex(client.customerNo);
    byCustomerNo.set(client.customerNo, { id: index, key });
    rows.push([index, client.name, `wmbench${client.id}`, key, client.gender, client.ageBand, client.riskLevel, 'bench', now, now]);
    if (rows.length >= 5000) {
      await insertRows(ds, 'clients', columns, rows, ROWS_PER_STATEMENT);
      rows = [];
    }
  }
  await insertRows(ds, 'clients', columns, rows, ROWS_PER_STATEMENT);
  return byCustomerNo;
}
