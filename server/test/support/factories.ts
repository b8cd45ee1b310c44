import type { Role } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/common/auth/password.js';
import { ClientFollow } from '../../src/modules/clients/client-follow.entity.js';
import { Client } from '../../src/modules/clients/client.entity.js';
import { Department } from '../../src/modules/org/department.entity.js';
import { Staff } from '../../src/modules/org/staff.entity.js';

let sequence = 0;
const next = (): number => ++sequence;

/** Factories with defaults, so a test states only what it is about. */
export async function makeDepartment(ds: DataSource, overrides: Partial<Department> & { parent?: Department } = {}): Promise<Department> {
  const repo = ds.getRepository(Department);
  const { parent, ...rest } = overrides;
  const saved = await repo.save(repo.create({ name: `部门${next()}`, parentId: parent?.id ?? null, path: '', ...rest }));
  saved.path = `${parent?.path ?? '/'}${saved.id}/`;
  await repo.update({ id: saved.id }, { path: saved.path });
  return saved;
}

export async function makeStaff(
  ds: DataSource,
  overrides: Partial<Staff> & { password?: string; role?: Role } = {},
): Promise<Staff> {
  const n = next();
  const { password, ...rest } = overrides;
  const repo = ds.getRepository(Staff);
  return repo.save(
    repo.create({
      name: `员工${n}`,
      role: 'advisor',
      wecomUserId: `user${n}`,
      username: password ? `user${n}` : null,
      passwordHash: password ? await hashPassword(password) : null,
      status: 'active',
      departmentId: null,
      ...rest,
    }),
  );
}

export async function makeClient(ds: DataSource, overrides: Partial<Client> = {}): Promise<Client> {
  const n = next();
  const repo = ds.getRepository(Client);
  return repo.save(repo.create({ name: `客户${n}`, externalUserId: `wmEXT${n}`, source: 'wecom', ...overrides }));
}

export async function makeFollow(ds: DataSource, client: Client, staff: Staff, overrides: Partial<ClientFollow> = {}): Promise<ClientFollow> {
  const repo = ds.getRepository(ClientFollow);
  return repo.save(repo.create({ clientId: client.id, staffId: staff.id, state: 'active', addTime: new Date(), ...overrides }));
}
