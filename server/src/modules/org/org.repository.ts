import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Department } from './department.entity.js';
import { Staff } from './staff.entity.js';

export interface StaffRow {
  id: number;
  name: string;
  role: Staff['role'];
  wecomUserId: string | null;
  username: string | null;
  departmentId: number | null;
  departmentName: string | null;
  status: Staff['status'];
  clientCount: number;
}

/** Named queries over departments and staff. */
@Injectable()
export class OrgRepository {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
  ) {}

  async findDepartmentsWithStaffCount(departmentIds: number[] | 'all'): Promise<(Department & { staffCount: number })[]> {
    const qb = this.departments
      .createQueryBuilder('d')
      .leftJoin(Staff, 's', 's.department_id = d.id')
      .select(['d.id AS id', 'd.name AS name', 'd.parent_id AS parentId', 'd.path AS path', 'd.sort_order AS sortOrder'])
      .addSelect('COUNT(s.id)', 'staffCount')
      .groupBy('d.id')
      .addGroupBy('d.name')
      .addGroupBy('d.parent_id')
      .addGroupBy('d.path')
      .addGroupBy('d.sort_order')
      .orderBy('d.path', 'ASC');
    if (departmentIds !== 'all') {
      if (departmentIds.length === 0) return [];
      qb.where('d.id IN (:...departmentIds)', { departmentIds });
    }
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      parentId: r.parentId === null ? null : Number(r.parentId),
      path: String(r.path),
      sortOrder: Number(r.sortOrder),
      staffCount: Number(r.staffCount),
    })) as (Department & { staffCount: number })[];
  }

  async pageStaff(filter: { departmentIds?: number[]; staffIds?: number[]; q?: string; offset: number; limit: number }): Promise<{ items: StaffRow[]; total: number }> {
    const qb = this.staff.createQueryBuilder('s').leftJoin(Department, 'd', 'd.id = s.department_id');
    if (filter.departmentIds) qb.andWhere(filter.departmentIds.length ? 's.department_id IN (:...departmentIds)' : '1 = 0', { departmentIds: filter.departmentIds });
    if (filter.staffIds) qb.andWhere(filter.staffIds.length ? 's.id IN (:...staffIds)' : '1 = 0', { staffIds: filter.staffIds });
    if (filter.q) {
      qb.andWhere('(s.name LIKE :q OR s.username LIKE :q OR s.wecom_userid LIKE :q)', { q: `%${escapeLike(filter.q)}%` });
    }
    const total = await qb.getCount();
    const rows = await qb
      .select([
        's.id AS id',
        's.name AS name',
        's.role AS role',
        's.wecom_userid AS wecomUserId',
        's.username AS username',
        's.department_id AS departmentId',
        'd.name AS departmentName',
        's.status AS status',
      ])
      .addSelect("(SELECT COUNT(*) FROM client_follows f WHERE f.staff_id = s.id AND f.state = 'active')", 'clientCount')
      .orderBy('s.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<Record<string, unknown>>();
    return {
      total,
      items: rows.map((r) => ({
        id: Number(r.id),
        name: String(r.name),
        role: r.role as Staff['role'],
        wecomUserId: (r.wecomUserId as string | null) ?? null,
        username: (r.username as string | null) ?? null,
        departmentId: r.departmentId === null ? null : Number(r.departmentId),
        departmentName: (r.departmentName as string | null) ?? null,
        status: r.status as Staff['status'],
        clientCount: Number(r.clientCount),
      })),
    };
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
