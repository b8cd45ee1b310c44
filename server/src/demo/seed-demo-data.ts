import { createHash } from 'node:crypto';
import type { Role } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password.js';
import { PiiVault } from '../common/pii/pii-vault.js';
import type { AppConfig } from '../config/app-config.js';
import { ClientFollow } from '../modules/clients/client-follow.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { Department } from '../modules/org/department.entity.js';
import { Staff } from '../modules/org/staff.entity.js';
import { DemoActivityBuffer, insertProducts } from '../modules/client-data/seed/demo-activity.js';
import { DistinctIdMapping } from '../modules/ingest/distinct-id-mapping.js';
import { loadIngestConfig } from '../modules/ingest/ingest-config.js';
import { generateDataset } from './generator/generate.js';
import type { ClientBundle, GeneratorOptions } from './generator/types.js';

const BATCH = 500;

/** A stable, opaque WeCom-style external_userid for a generated client. */
export function demoExternalUserId(clientId: string): string {
  return `wm${createHash('sha256').update(`demo:${clientId}`).digest('base64url').slice(0, 26)}`;
}

interface SeedResult {
  departments: number;
  advisors: number;
  clients: number;
  logins: string[];
  products: number;
  activity: DemoActivityBuffer['counts'];
}

/**
 * Writes the generated org, advisors and clients (PII encrypted) with their follow relations, the product
 * catalogue and each client's holdings, trades, cash flows, questionnaire and behaviour events — all as
 * multi-row inserts per batch of clients.
 */
export async function seedDemoData(dataSource: DataSource, config: AppConfig, options: GeneratorOptions, password: string | undefined): Promise<SeedResult> {
  const dataset = generateDataset({ ...options, asOf: startOfToday() });
  const vault = new PiiVault(config.piiKey);
  const distinctIds = new DistinctIdMapping(loadIngestConfig().distinctIdMode, vault);
  return dataSource.transaction(async (manager) => {
    const products = await insertProducts(manager, dataset.products);
    const activity = new DemoActivityBuffer();
    const departmentIds = new Map<number, Department>();
    for (const d of dataset.departments) {
      const parent = d.parentId === null ? undefined : departmentIds.get(d.parentId);
      const saved = await manager.save(manager.create(Department, { wecomId: d.id, name: d.name, parentId: parent?.id ?? null, path: '', sortOrder: d.id }));
      saved.path = `${parent?.path ?? '/'}${saved.id}/`;
      await manager.update(Department, { id: saved.id }, { path: saved.path });
      departmentIds.set(d.id, saved);
    }
    const staffIds = new Map<number, number>();
    for (const a of dataset.advisors) {
      const saved = await manager.save(
        manager.create(Staff, { wecomUserId: a.userid, name: a.name, role: 'advisor', departmentId: departmentIds.get(a.departmentId)!.id, status: 'active' }),
      );
      staffIds.set(a.id, saved.id);
    }
    const logins = await createRoleLogins(manager.getRepository(Staff), dataset.departments, departmentIds, password);

    let clients = 0;
    let batch: ClientBundle[] = [];
    const flush = async () => {
      const rows = batch.map((b) => toClientRow(b, vault));
      const inserted = await manager.createQueryBuilder().insert().into(Client).values(rows).updateEntity(false).execute();
      void inserted;
      const ids = await manager
        .createQueryBuilder(Client, 'c')
        .select(['c.id', 'c.externalUserId'])
        .where('c.external_userid IN (:...ids)', { ids: rows.map((r) => r.externalUserId) })
        .getMany();
      const idByExternal = new Map(ids.map((c) => [c.externalUserId, c.id]));
      const follows = batch.map((b) => ({
        clientId: idByExternal.get(demoExternalUserId(b.client.id))!,
        staffId: staffIds.get(b.client.advisorId)!,
        remark: `${b.client.name}-${b.client.customerNo.slice(-4)}`,
        addTime: new Date(b.client.openedAt),
        state: 'active' as const,
        stateChangedAt: new Date(b.client.openedAt),
        tagIds: [],
      }));
      await manager.createQueryBuilder().insert().into(ClientFollow).values(follows).updateEntity(false).execute();
      for (const b of batch) {
        const externalUserId = demoExternalUserId(b.client.id);
        // Demo clients have no unionid: their events then carry the customer number's blind index.
        const distinctId = distinctIds.keyOfClient({ customerNo: b.client.customerNo, externalUserId }) ?? vault.blindIndex(b.client.customerNo);
        activity.add(b, idByExternal.get(externalUserId)!, distinctId);
      }
      await activity.flush(manager);
      clients += batch.length;
      batch = [];
    };
    for (const bundle of dataset.clients()) {
      batch.push(bundle);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    return { departments: dataset.departments.length, advisors: dataset.advisors.length, clients, logins, products, activity: activity.counts };
  });
}

function toClientRow(b: ClientBundle, vault: PiiVault) {
  const c = b.client;
  return {
    externalUserId: demoExternalUserId(c.id),
    name: c.name,
    gender: c.gender,
    ageBand: c.ageBand,
    occupation: c.occupation,
    customerNoEnc: vault.encrypt(c.customerNo),
    customerNoHash: vault.blindIndex(c.customerNo),
    phoneEnc: vault.encrypt(c.phone),
    phoneHash: vault.blindIndex(c.phone),
    idNoEnc: vault.encrypt(c.idNo),
    riskLevel: c.riskLevel,
    riskAssessedAt: new Date(c.riskAssessedAt),
    riskExpiresAt: new Date(c.riskExpiresAt),
    source: 'demo',
  };
}

/** Demo logins for the other roles, so every admin screen can be tried (password = the admin's). */
async function createRoleLogins(
  repo: import('typeorm').Repository<Staff>,
  departments: { id: number; level: string; name: string }[],
  departmentIds: Map<number, Department>,
  password: string | undefined,
): Promise<string[]> {
  if (!password) return [];
  const hash = await hashPassword(password);
  const hq = departments.find((d) => d.level === 'hq')!;
  const firstCompany = departments.find((d) => d.level === 'branch_company')!;
  const accounts: { username: string; name: string; role: Role; departmentId: number }[] = [
    { username: 'hq', name: '总部运营·周敏', role: 'hq', departmentId: departmentIds.get(hq.id)!.id },
    { username: 'compliance', name: '合规审核·陈静', role: 'compliance', departmentId: departmentIds.get(hq.id)!.id },
    { username: 'compliance2', name: '合规复核·刘洋', role: 'compliance', departmentId: departmentIds.get(hq.id)!.id },
    { username: 'manager', name: `${firstCompany.name}团队长·赵磊`, role: 'manager', departmentId: departmentIds.get(firstCompany.id)!.id },
  ];
  for (const a of accounts) await repo.insert({ ...a, passwordHash: hash, status: 'active' });
  return accounts.map((a) => a.username);
}

function startOfToday(): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}
