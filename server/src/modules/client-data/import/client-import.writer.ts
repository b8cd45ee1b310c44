import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager, In } from 'typeorm';
import { PiiVault } from '../../../common/pii/pii-vault.js';
import { Client } from '../../clients/client.entity.js';
import type { ClientImportRow } from './import-schemas.js';
import { type ImportWriter, rowError, suppliedColumns, type UpsertCandidate, upsertSupplied, type ValidRow, type WriteOutcome } from './import-writer.js';
import type { ImportRowError } from '../entities/import-record.entity.js';

/** Optional file columns → the clients columns they overwrite when supplied. */
const UPDATABLE: Partial<Record<keyof ClientImportRow, string[]>> = {
  gender: ['gender'],
  age_band: ['age_band'],
  occupation: ['occupation'],
  phone: ['phone_enc', 'phone_hash'],
  id_no: ['id_no_enc'],
  risk_level: ['risk_level'],
  risk_assessed_at: ['risk_assessed_at'],
  risk_expires_at: ['risk_expires_at'],
  external_userid: ['external_userid'],
  unionid: ['unionid'],
};

type Existing = Pick<Client, 'id' | 'customerNoHash' | 'externalUserId'>;

/**
 * Clients are matched by customer number through its blind index and upserted; PII is encrypted with the
 * vault. A WeCom-synced client (external_userid, no customer number yet) is adopted by the row naming its
 * external_userid, so one person never becomes two clients.
 */
@Injectable()
export class ClientImportWriter implements ImportWriter<ClientImportRow> {
  constructor(private readonly vault: PiiVault) {}

  async write(manager: EntityManager, rows: ValidRow<ClientImportRow>[], now: Date): Promise<WriteOutcome> {
    const hashOf = new Map(rows.map((r) => [r.row, this.vault.blindIndex(r.value.customer_no)]));
    const existing = await this.findExisting(manager, [...hashOf.values()], rows.flatMap((r) => (r.value.external_userid ? [r.value.external_userid] : [])));
    const byHash = new Map(existing.flatMap((c) => (c.customerNoHash ? [[c.customerNoHash, c] as const] : [])));
    const byExternal = new Map(existing.flatMap((c) => (c.externalUserId ? [[c.externalUserId, c] as const] : [])));
    const errors: ImportRowError[] = [];
    const adoptions: { id: number; row: ValidRow<ClientImportRow> }[] = [];
    const accepted: ValidRow<ClientImportRow>[] = [];
    const externalSeen = new Set<string>();

    for (const r of rows) {
      const hash = hashOf.get(r.row)!;
      const ext = r.value.external_userid;
      const sameNo = byHash.get(hash);
      const owner = ext ? byExternal.get(ext) : undefined;
      const conflict = ext && this.externalConflict(ext, hash, sameNo, owner, externalSeen);
      if (conflict) {
        errors.push(rowError(r.row, 'external_userid', 'CONFLICT', conflict));
        continue;
      }
      if (ext) externalSeen.add(ext);
      if (owner && !owner.customerNoHash) adoptions.push({ id: owner.id, row: r });
      accepted.push(r);
    }

    await this.adopt(manager, adoptions);
    const candidates: UpsertCandidate<Client>[] = accepted.map((r) => ({
      values: this.toValues(r.value, hashOf.get(r.row)!, now),
      updates: ['name', 'updated_at', ...suppliedColumns(r.value, UPDATABLE)],
    }));
    await upsertSupplied(manager.getRepository(Client), candidates, ['customer_no_hash']);
    const ids = await manager.find(Client, { select: { id: true }, where: { customerNoHash: In(accepted.map((r) => hashOf.get(r.row)!)) } });
    return { errors, clientIds: ids.map((c) => c.id) };
  }

  private externalConflict(ext: string, hash: string, sameNo: Existing | undefined, owner: Existing | undefined, seen: Set<string>): string | null {
    if (seen.has(ext)) return '同一文件中多个客户号使用了相同的 external_userid';
    if (owner?.customerNoHash && owner.customerNoHash !== hash) return '该 external_userid 已关联其他客户号';
    if (sameNo?.externalUserId && sameNo.externalUserId !== ext) return '该客户号已关联其他 external_userid';
    if (owner && sameNo && owner.id !== sameNo.id) return '客户号与 external_userid 分属两个不同客户';
    return null;
  }

  private findExisting(manager: EntityManager, hashes: string[], externalIds: string[]): Promise<Existing[]> {
    return manager
      .createQueryBuilder(Client, 'c')
      .select(['c.id', 'c.customerNoHash', 'c.externalUserId'])
      .where(
        new Brackets((w) => {
          w.where('c.customer_no_hash IN (:...hashes)', { hashes });
          if (externalIds.length > 0) w.orWhere('c.external_userid IN (:...externalIds)', { externalIds });
        }),
      )
      .getMany();
  }

  /**
   * Gives WeCom-only clients their customer number, so the upsert below finds and updates them. One UPDATE
   * per adopted client: it happens once in a client's life, on the first import after the WeCom sync.
   */
  private async adopt(manager: EntityManager, adoptions: { id: number; row: ValidRow<ClientImportRow> }[]): Promise<void> {
    for (const { id, row } of adoptions) {
      await manager.update(Client, { id }, { customerNoHash: this.vault.blindIndex(row.value.customer_no), customerNoEnc: this.vault.encrypt(row.value.customer_no) });
    }
  }

  private toValues(v: ClientImportRow, hash: string, now: Date): UpsertCandidate<Client>['values'] {
    return {
      customerNoHash: hash,
      customerNoEnc: this.vault.encrypt(v.customer_no),
      name: v.name,
      gender: v.gender ?? null,
      ageBand: v.age_band ?? null,
      occupation: v.occupation ?? null,
      phoneEnc: v.phone ? this.vault.encrypt(v.phone) : null,
      phoneHash: v.phone ? this.vault.blindIndex(v.phone) : null,
      idNoEnc: v.id_no ? this.vault.encrypt(v.id_no) : null,
      riskLevel: v.risk_level ?? null,
      riskAssessedAt: v.risk_assessed_at ?? null,
      riskExpiresAt: v.risk_expires_at ?? null,
      externalUserId: v.external_userid ?? null,
      unionid: v.unionid ?? null,
      source: 'import',
      updatedAt: now,
    };
  }
}
