/** Roles a staff member can hold. Scope: advisor → followed clients; manager → department subtree; hq/admin → all. */
export const ROLES = ['advisor', 'manager', 'hq', 'compliance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_ZH: Record<Role, string> = {
  advisor: '投资顾问',
  manager: '团队长',
  hq: '总部运营',
  compliance: '合规',
  admin: '系统管理员',
};

/** Client risk tolerance (C1 conservative … C5 aggressive) and product risk (R1 … R5). */
export const CLIENT_RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type ClientRiskLevel = (typeof CLIENT_RISK_LEVELS)[number];
export const PRODUCT_RISK_LEVELS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
export type ProductRiskLevel = (typeof PRODUCT_RISK_LEVELS)[number];

/** Relation state between an advisor and an external contact (WeCom follow user). */
export const FOLLOW_STATES = ['active', 'deleted_by_advisor', 'deleted_by_client', 'transfer_failed', 'removed'] as const;
export type FollowState = (typeof FOLLOW_STATES)[number];

/** The values-layer archetypes of the portrait (DESIGN §2). */
export const ARCHETYPES = [
  'security',
  'growth',
  'social',
  'legacy',
  'policy',
  'technical',
  'value',
  'learner',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];
export const ARCHETYPE_LABELS_ZH: Record<Archetype, string> = {
  security: '稳健守护',
  growth: '进取增值',
  social: '社交认同',
  legacy: '传承责任',
  policy: '政策敏感',
  technical: '技术分析派',
  value: '价值投资派',
  learner: '认知进阶',
};
