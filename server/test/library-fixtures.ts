import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@valuelens/contracts';
import type { Actor } from '../src/common/auth/actor.js';
import type { Staff } from '../src/modules/org/staff.entity.js';
import { makeStaff } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

/** Shared set-up for the library, compliance and recommendation tests: staff, tokens, approved content. */
export const PASSWORD = 'Library-Test-Pass-1';

export interface Person {
  staff: Staff;
  token: string;
  actor: Actor;
}

export async function person(t: TestApp, role: Role, overrides: Partial<Staff> = {}): Promise<Person> {
  const staff = await makeStaff(t.dataSource, { password: PASSWORD, role, ...overrides });
  const token = await t.login(staff.username!, PASSWORD);
  return {
    staff,
    token,
    actor: { staffId: staff.id, role, name: staff.name, departmentId: staff.departmentId, wecomUserId: staff.wecomUserId },
  };
}

export function api(t: TestApp, who: Person) {
  const auth = `Bearer ${who.token}`;
  return {
    get: (url: string) => t.http().get(url).set('Authorization', auth),
    post: (url: string, body: object = {}) => t.http().post(url).set('Authorization', auth).send(body),
    put: (url: string, body: object) => t.http().put(url).set('Authorization', auth).send(body),
    delete: (url: string) => t.http().delete(url).set('Authorization', auth),
  };
}

export interface ContentIds {
  id: number;
  versionId: number;
}

/** Creates (or edits) content as HQ, submits it and has compliance approve it. */
export async function approved(
  t: TestApp,
  hq: Person,
  compliance: Person,
  kind: 'script' | 'material',
  body: object,
  options: { editId?: number; validUntil?: string } = {},
): Promise<ContentIds> {
  const path = kind === 'script' ? '/api/scripts' : '/api/materials';
  const saved = options.editId ? await api(t, hq).put(`${path}/${options.editId}`, body) : await api(t, hq).post(path, body);
  if (saved.status !== 201 && saved.status !== 200) throw new Error(`save failed ${saved.status} ${JSON.stringify(saved.body)}`);
  const versionId = saved.body.latestVersionId as number;
  const submitted = await api(t, hq).post(`/api/versions/${kind}/${versionId}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approval = await api(t, compliance).post(`/api/approvals/${kind}/${versionId}/approve`, options.validUntil ? { validUntil: options.validUntil } : {});
  if (approval.status !== 200) throw new Error(`approve failed ${approval.status} ${JSON.stringify(approval.body)}`);
  return { id: saved.body.id as number, versionId };
}

/** A tiny but valid PNG (signature + padding; WeCom's simulator rejects files under a few bytes). */
export function pngBase64(bytes = 2048): string {
  const data = Buffer.alloc(bytes, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data);
  return data.toString('base64');
}

/** A throwaway DATA_DIR so uploaded files never land in the developer's data folder. */
export function tempDataDirEnv(): Record<string, string> {
  return { DATA_DIR: mkdtempSync(join(tmpdir(), 'vl-library-test-')) };
}

/** A weekday 10:00 in Shanghai, away from quiet hours. */
export const OFFICE_HOURS = new Date('2026-11-18T02:00:00.000Z');
export const YEAR_MS = 365 * 86_400_000;
