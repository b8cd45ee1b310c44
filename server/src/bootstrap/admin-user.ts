import type { DataSource } from 'typeorm';
import { generatePassword, hashPassword } from '../common/auth/password.js';
import { Staff } from '../modules/org/staff.entity.js';

/**
 * Makes sure the `admin` login exists. ADMIN_PASSWORD sets it on first start; without it a password is
 * generated and returned once so the start-up banner can print it. An existing admin is never changed.
 */
export async function ensureAdminUser(dataSource: DataSource, adminPassword: string | undefined): Promise<{ created: boolean; password?: string }> {
  const repo = dataSource.getRepository(Staff);
  if (await repo.findOneBy({ username: 'admin' })) return { created: false };
  const password = adminPassword ?? generatePassword();
  try {
    await repo.insert({ username: 'admin', name: '系统管理员', role: 'admin', passwordHash: await hashPassword(password), status: 'active' });
  } catch (error) {
    // Another instance starting at the same moment created it first (unique username): that is fine.
    if (await repo.findOneBy({ username: 'admin' })) return { created: false };
    throw error;
  }
  return { created: true, password: adminPassword ? undefined : password };
}
