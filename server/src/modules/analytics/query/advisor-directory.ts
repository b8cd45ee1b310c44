import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { notFound } from '../../../common/errors/app-error.js';
import { num } from '../../../database/sql-values.js';
import { Department } from '../../org/department.entity.js';

export interface AdvisorRef {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  departmentPath: string | null;
}

/**
 * The advisors an actor may analyse (AccessService.staffScope: HQ-like roles all, managers their
 * department subtree, advisors themselves), optionally narrowed to a department subtree. A department
 * or advisor outside the scope answers 404, like every out-of-scope id.
 */
@Injectable()
export class AdvisorDirectory {
  constructor(
    private readonly access: AccessService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async advisorsFor(actor: Actor, departmentId?: number): Promise<AdvisorRef[]> {
    const [scope, subtree] = await Promise.all([this.access.staffScope(actor), departmentId === undefined ? null : this.visibleDepartment(actor, departmentId)]);
    const qb = this.query();
    if (subtree) qb.andWhere('d.path LIKE :prefix', { prefix: `${subtree.path}%` });
    if (!scope.all) qb.andWhere('s.id IN (:...staffIds)', { staffIds: scope.staffIds });
    return (await qb.getRawMany<Record<string, unknown>>()).map(toRef);
  }

  async requireAdvisor(actor: Actor, staffId: number): Promise<AdvisorRef> {
    await this.access.requireStaff(actor, staffId);
    const row = await this.query().andWhere('s.id = :staffId', { staffId }).getRawOne<Record<string, unknown>>();
    if (!row) throw notFound('顾问');
    return toRef(row);
  }

  async visibleDepartment(actor: Actor, departmentId: number): Promise<Department> {
    const visible = await this.access.visibleDepartmentIds(actor);
    const department = visible === 'all' || visible.includes(departmentId) ? await this.db.getRepository(Department).findOneBy({ id: departmentId }) : null;
    if (!department) throw notFound('部门');
    return department;
  }

  private query() {
    return this.db
      .createQueryBuilder()
      .select(['s.id AS id', 's.name AS name', 's.department_id AS department_id', 'd.name AS department_name', 'd.path AS department_path'])
      .from('staff', 's')
      .leftJoin('departments', 'd', 'd.id = s.department_id')
      .where('s.role = :role', { role: 'advisor' })
      .orderBy('s.id');
  }
}

function toRef(row: Record<string, unknown>): AdvisorRef {
  return {
    id: num(row.id),
    name: String(row.name),
    departmentId: row.department_id === null ? null : num(row.department_id),
    departmentName: (row.department_name as string | null) ?? null,
    departmentPath: (row.department_path as string | null) ?? null,
  };
}
