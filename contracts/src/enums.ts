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

/** The features the portrait engine weighs into archetypes (server portrait/engine/archetype-features.ts), named in their evidence. */
export const ARCHETYPE_FEATURE_IDS = [
  'loss_aversion',
  'overconfidence',
  'herding',
  'social_proof',
  'instant_gratification',
  'monthly_turnover',
  'low_turnover',
  'trades_per_month',
  'holding_period_days',
  'equity_share',
  'wealth_share',
  'low_risk_share',
  'high_risk_share',
  'age_years',
  'topic_policy_macro',
  'topic_technical',
  'topic_fundamental',
  'topic_education',
  'topic_product',
  'quote_view_share',
  'watchlist_adds',
  'courses_started',
  'courses_completed',
  'course_completion_rate',
] as const;
export type ArchetypeFeatureId = (typeof ARCHETYPE_FEATURE_IDS)[number];

export const ARCHETYPE_FEATURE_LABELS_ZH: Record<ArchetypeFeatureId, string> = {
  loss_aversion: '损失厌恶',
  overconfidence: '过度自信',
  herding: '追热门',
  social_proof: '分享/社区活跃',
  instant_gratification: '偏好即时反馈',
  monthly_turnover: '月换手率',
  low_turnover: '换手率低',
  trades_per_month: '月均交易笔数',
  holding_period_days: '持仓周期(天)',
  equity_share: '权益类占比',
  wealth_share: '理财/债券占比',
  low_risk_share: '低风险产品占比',
  high_risk_share: '高风险产品占比',
  age_years: '年龄',
  topic_policy_macro: '政策/宏观阅读占比',
  topic_technical: '技术分析阅读占比',
  topic_fundamental: '基本面阅读占比',
  topic_education: '投教阅读占比',
  topic_product: '产品阅读占比',
  quote_view_share: '看行情占App行为比例',
  watchlist_adds: '近30天加自选次数',
  courses_started: '参加课程数',
  courses_completed: '完成课程数',
  course_completion_rate: '课程完成率',
};
