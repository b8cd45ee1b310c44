import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { Department } from '../../modules/org/department.entity.js';
import { Staff } from '../../modules/org/staff.entity.js';
import { placeholders } from '../../database/placeholders.js';
import type { Actor } from '../auth/actor.js';
import { notFound } from '../errors/app-error.js';

/**
 * Which staff an actor may act for: everyone, or a fixed set (an advisor: themself; a manager: the
 * members of their department subtree). Client visibility follows from it through active follow
 * relations, so "which clients may this actor touch" has one answer everywhere.
 */
export type StaffScope = { all: true } | { all: false; staffIds: number[] };

const SEES_EVERYTHING = new Set(['hq', 'admin', 'compliance']);

/** Clients with an active follow relation to one of the staff in `staffIdsSql` (the database does the filtering). */
const followedBy = (clientAlias: string, staffIdsSql: string): string =>
  `EXISTS (SELECT 1 FROM client_follows scope_f WHERE scope_f.client_id = ${clientAlias}.id AND scope_f.state = 'active' AND scope_f.staff_id IN (${staffIdsSql}))`;

@Injectable()
export class AccessService {
  constructor(
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
  ) {}

  async staffScope(actor: Actor): Promise<StaffScope> {
    if (SEES_EVERYTHING.has(actor.role)) return { all: true };
    if (actor.role === 'manager' && actor.departmentId !== null) {
      const departmentIds = await this.departmentSubtreeIds(actor.departmentId);
      const members = await this.staff
        .createQueryBuilder('s')
        .select('s.id', 'id')
        .where('s.department_id IN (:...departmentIds)', { departmentIds })
        .getRawMany<{ id: number }>();
      return { all: false, staffIds: [...new Set([actor.staffId, ...members.map((m) => Number(m.id))])] };
    }
    return { all: false, staffIds: [actor.staffId] };
  }

  /** Department ids in the subtree rooted at `departmentId` (itself included). */
  async departmentSubtreeIds(departmentId: number): Promise<number[]> {
    const root = await this.departments.findOneBy({ id: departmentId });
    if (!root) return [];
    const rows = await this.departments
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .where('d.path LIKE :prefix', { prefix: `${root.path}%` })
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  /** Department ids the actor may see: all for HQ-like roles, the subtree for managers, own for advisors. */
  async visibleDepartmentIds(actor: Actor): Promise<number[] | 'all'> {
    if (SEES_EVERYTHING.has(actor.role)) return 'all';
    if (actor.departmentId === null) return [];
    return actor.role === 'manager' ? this.departmentSubtreeIds(actor.departmentId) : [actor.departmentId];
  }

  /**
   * Restricts a query over clients (aliased `clientAlias`) to the actor's scope with an EXISTS over
   * active follow relations, so the database does the filtering (works at millions of clients).
   */
  async scopeClients<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, clientAlias: string): Promise<SelectQueryBuilder<T>> {
    const scope = await this.staffScope(actor);
    if (scope.all) return qb;
    return qb.andWhere(new Brackets((w) => w.where(followedBy(clientAlias, ':...scopeStaffIds'), { scopeStaffIds: scope.staffIds })));
  }

  /**
   * The same restriction for a raw statement: a condition with `?` placeholders and its parameters ('1 = 1' for all).
   * A statement that already joins the actor's own active follow of the client (`ownFollowAlias`) gets, when the actor
   * sees only their own clients, a test on that join instead of a subquery: the same rows, one table fewer for the
   * database to plan and read.
   */
  async clientScopeSql(actor: Actor, clientAlias: string, ownFollowAlias?: string): Promise<{ sql: string; params: number[] }> {
    const scope = await this.staffScope(actor);
    if (scope.all) return { sql: '1 = 1', params: [] };
    const onlyOwn = scope.staffIds.length === 1 && scope.staffIds[0] === actor.staffId;
    if (ownFollowAlias && onlyOwn) return { sql: `${ownFollowAlias}.client_id IS NOT NULL`, params: [] };
    return { sql: followedBy(clientAlias, placeholders(scope.staffIds.length)), params: scope.staffIds };
  }

  async canSeeClient(actor: Actor, clientId: number): Promise<boolean> {
    const scope = await this.staffScope(actor);
    const qb = this.staff.manager
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('clients', 'c')
      .where('c.id = :clientId', { clientId });
    if (!scope.all) qb.andWhere(followedBy('c', ':...scopeStaffIds'), { scopeStaffIds: scope.staffIds });
    return (await qb.getRawOne()) !== undefined;
  }

  /** Answers 404 (not 403) when the client is outside the actor's scope, so ids cannot be probed. */
  async requireClient(actor: Actor, clientId: number): Promise<void> {
    if (!(await this.canSeeClient(actor, clientId))) throw notFound('客户');
  }

  async requireStaff(actor: Actor, staffId: number): Promise<void> {
    const scope = await this.staffScope(actor);
    if (!scope.all && !scope.staffIds.includes(staffId)) throw notFound('员工');
  }
}
