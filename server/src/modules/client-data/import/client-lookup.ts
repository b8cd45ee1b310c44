import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { PiiVault } from '../../../common/pii/pii-vault.js';
import { Client } from '../../clients/client.entity.js';
import { Product } from '../entities/product.entity.js';

/** Set-based lookups shared by the import writers: one query per chunk, never one per row. */
@Injectable()
export class ImportLookups {
  constructor(private readonly vault: PiiVault) {}

  /** Customer number (clear) → client id, through the blind index. */
  async clientIdsByCustomerNo(manager: EntityManager, customerNos: string[]): Promise<Map<string, number>> {
    const byHash = new Map([...new Set(customerNos)].map((no) => [this.vault.blindIndex(no), no]));
    if (byHash.size === 0) return new Map();
    const rows = await manager.find(Client, { select: { id: true, customerNoHash: true }, where: { customerNoHash: In([...byHash.keys()]) } });
    return new Map(rows.map((c) => [byHash.get(c.customerNoHash!)!, c.id]));
  }

  async productsByCode(manager: EntityManager, codes: string[]): Promise<Map<string, Product>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const rows = await manager.find(Product, { where: { code: In(unique) } });
    return new Map(rows.map((p) => [p.code, p]));
  }
}
