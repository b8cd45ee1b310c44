import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import type { Role } from '@valuelens/contracts';

type WithRoles = Pick<RouteRecordRaw, 'meta'>;

/** A route without `roles` is open to any signed-in staff member. */
export function roleMayOpen(record: WithRoles, role: Role | null): boolean {
  const roles = record.meta?.roles;
  return roles === undefined || (role !== null && roles.includes(role));
}

/** Every matched record must admit the role, so a parent's restriction also covers its children. */
export function roleMayVisit(to: Pick<RouteLocationNormalized, 'matched'>, role: Role | null): boolean {
  return to.matched.every((record) => roleMayOpen(record, role));
}
