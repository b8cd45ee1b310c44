import { ROLE_LABELS_ZH, type Role } from '@valuelens/contracts';

/**
 * The role label to show beside a staff name, or null when the name already says it: accounts are often named
 * after their post ("系统管理员", "总部运营·周敏"), and "系统管理员（系统管理员）" reads like a mistake.
 */
export function roleBadge(name: string, role: Role): string | null {
  const label = ROLE_LABELS_ZH[role];
  return name.includes(label) ? null : label;
}
