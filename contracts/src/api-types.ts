// Generated from contracts/openapi.json by `npm run contract:generate`. Do not edit by hand.
/* eslint-disable */

export interface ActivityDto {
  id: number;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string;
  categoryId?: number | null;
  scriptIds: number[];
  materialIds: number[];
  segmentId?: number | null;
  segmentFilter?: Record<string, unknown> | null;
  status: "active" | "archived";
  /** 当前时间在活动期内 */
  inProgress: boolean;
  updatedAt: string;
}

export interface ActivityInput {
  name?: string;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  categoryId?: number;
  /** 内容包：话术 id */
  scriptIds?: number[];
  /** 内容包：素材 id */
  materialIds?: number[];
  /** 建议目标客群（已保存的客群） */
  segmentId?: number;
  /** 或一个客群筛选条件 */
  segmentFilter?: Record<string, unknown> | null;
  status?: "active" | "archived";
}

export interface ActivityPageDto {
  items: ActivityDto[];
  total: number;
}

export interface AddTagDto {
  /** 标签键：画像原型/心理特质的 id，或自定义键（小写字母、数字、下划线） */
  tagKey: string;
  /** 标签名称；自定义标签必填 */
  labelZh?: string;
  /** 添加原因 */
  reason: string;
}

export interface AdvisorBreakdownDto {
  staffId: number;
  staffName: string;
  tasks: number;
  tasksByStatus: Record<string, unknown>;
  assigned: number;
  delivered: number;
  failed: number;
  reminders: number;
}

export interface AdvisorClientPageDto {
  staffId: number;
  from: string;
  to: string;
  items: AdvisorClientRowDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AdvisorClientRowDto {
  clientId: number;
  name: string;
  /** 好友关系状态 */
  followState: string;
  addTime: string | null;
  /** 期间发送次数 */
  sends: number;
  lastContactAt: string | null;
  /** 期间打开次数（不含转发） */
  openViews: number;
  /** 期间阅读时长合计（秒） */
  dwellSec: number;
  lastOpenAt: string | null;
  /** 打开后 7 天内的购买 */
  conversions: number;
  /** 资金净流入（元） */
  netFlow: number;
}

export interface AdvisorMetricsDto {
  /** 期末客户数（有效好友关系） */
  clients: number;
  /** 期间新增客户 */
  newClients: number;
  /** 期间流失客户 */
  lostClients: number;
  /** 期间被发送触达的客户（去重） */
  contactedClients: number;
  /** 覆盖率 = 触达客户 ÷ 期末客户，0–1 */
  coverage: number | null;
  /** 一对一发送 */
  sendsChat: number;
  /** 群发给客户 */
  sendsMass: number;
  /** 客户群群发 */
  sendsGroupMass: number;
  /** 朋友圈 */
  sendsMoments: number;
  /** 转发分享 */
  sendsShare: number;
  /** 发送合计 */
  sendsTotal: number;
  /** 下发的群发任务 */
  massTasksAssigned: number;
  /** 已确认的群发任务 */
  massTasksConfirmed: number;
  /** 群发确认率，0–1 */
  confirmationRate: number | null;
  /** 打开内容的客户（去重，不含转发） */
  openedClients: number;
  /** 打开次数（不含转发） */
  openViews: number;
  /** 平均阅读时长（秒） */
  avgDwellSec: number | null;
  /** 阅读时长中位数（秒，分桶估算） */
  medianDwellSec: number | null;
  /** 期间产生的预警 */
  alertsCreated: number;
  /** 其中已处理 */
  alertsHandled: number;
  /** 预警处理时长中位数（小时，分桶估算） */
  medianHandleHours: number | null;
  /** 24 小时内处理的预警占比，0–1 */
  handledWithin24hRate: number | null;
  /** 内容打开后 7 天内的购买 */
  conversions: number;
  /** 客户资金净流入（转入 − 转出，元） */
  netFlow: number;
  /** 合规标记 */
  complianceFlags: number;
}

export interface AdvisorPageDto {
  from: string;
  to: string;
  items: AdvisorRowDto[];
  total: number;
  page: number;
  pageSize: number;
  /** 范围内全部顾问的合计（比率按合计重新计算） */
  totals: AdvisorMetricsDto;
}

export interface AdvisorRowDto {
  staffId: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  metrics: AdvisorMetricsDto;
}

export interface AdvisorTaskDto {
  id: number;
  campaignId: number;
  campaignName: string;
  channel: "mass" | "group_mass" | "moments" | "share";
  contentKind: "script" | "material";
  contentId: number;
  versionId?: number | null;
  /** 内容标题 */
  title?: string | null;
  status: "pending" | "submitting" | "submitted" | "confirmed" | "partially" | "done" | "failed" | "cancelled";
  /** 需要在企业微信中确认发送 */
  needsConfirmation: boolean;
  recipientCount: number;
  deliveredCount: number;
  failedCount: number;
  submittedAt?: string | null;
  confirmedAt?: string | null;
}

export interface AdvisorTrendDto {
  staffId: number;
  name: string;
  granularity: "day" | "week";
  from: string;
  to: string;
  points: TrendPointDto[];
}

export interface AlertDto {
  id: number;
  clientId: number;
  clientName: string;
  staffId: number;
  ruleKey: "high_intent" | "churn_risk" | "anxiety" | "cognitive_shift";
  ruleLabelZh: string;
  status: "new" | "seen" | "handled";
  evidence: AlertEvidenceDto;
  /** 建议的下一步行动 */
  suggestionZh: string;
  /** 话术库中匹配的话术；没有则为 null */
  suggestedScript?: SuggestedScriptDto | null;
  createdAt: string;
  seenAt?: string | null;
  handledAt?: string | null;
  handledNote?: string | null;
}

export interface AlertEvidenceDto {
  summaryZh: string;
  numbers: Record<string, unknown>;
  /** 来源：event:<事件id>、link:<链接token>、cash_flow:<流水id>、follow:…、portrait:…、snapshot:… */
  refs: string[];
}

export interface AlertPageDto {
  items: AlertDto[];
  nextBefore?: string | null;
}

export interface AlertRuleDto {
  key: "high_intent" | "churn_risk" | "anxiety" | "cognitive_shift";
  labelZh: string;
  descriptionZh: string;
  enabled: boolean;
  params: Record<string, unknown>;
  paramSpecs: AlertRuleParamSpecDto[];
  /** 同一客户同一规则两次提醒的最短间隔（小时） */
  cooldownHours: number;
  updatedAt?: string | null;
}

export interface AlertRuleInput {
  key: "high_intent" | "churn_risk" | "anxiety" | "cognitive_shift";
  enabled?: boolean;
  /** 只需提供要修改的参数 */
  params?: Record<string, unknown>;
  /** 冷却时间（小时） */
  cooldownHours?: number;
}

export interface AlertRuleParamSpecDto {
  name: string;
  labelZh: string;
  min: number;
  max: number;
  defaultValue: number;
}

export interface AlertRulesUpdateInput {
  rules: AlertRuleInput[];
}

export interface ApiKeyDto {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface ApprovalItemDto {
  kind: "script" | "material";
  contentId: number;
  versionId: number;
  versionNo: number;
  title: string;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  /** 素材类型 */
  materialType?: string | null;
  riskLevel?: string | null;
  isProductRelated: boolean;
  /** 提交时的提示级用语条数 */
  warningCount: number;
  submittedBy?: StaffRefDto | null;
  submittedAt?: string | null;
  /** 当前已通过的版本（用于对比） */
  approvedVersionId?: number | null;
}

export interface ApprovalPageDto {
  items: ApprovalItemDto[];
  total: number;
}

export interface ApproveInputDto {
  /** 审批意见 */
  comment?: string;
  /** 审批设定的有效期截止（可缩短） */
  validUntil?: string;
}

export interface ArchetypeWeightDto {
  archetype: "security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner";
  labelZh: string;
  /** 0–1; all archetypes sum to 1 */
  weight: number;
  /** The features that raised this archetype most */
  evidence: EvidenceDto;
}

export interface AudienceInput {
  /** 范围内的全部客户 */
  all?: boolean;
  /** 分群条件（与分群接口相同的 JSON） */
  segmentFilter?: Record<string, unknown>;
  /** 已保存的分群 */
  segmentId?: number;
  /** 指定客户 id（最多 100,000 个） */
  clientIds?: number[];
}

export interface AuditChainDto {
  clientId: number | null;
  staffId: number | null;
  items: ChainSendDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntryDto {
  id: number;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  createdAt: string;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BehaviourMetricDto {
  metric: string;
  labelZh: string;
  value?: number | string | null;
  evidence: EvidenceDto;
}

export interface BranchRollupDto {
  from: string;
  to: string;
  /** 被汇总下级的上级部门 */
  parentId: number | null;
  items: BranchRowDto[];
  totals: AdvisorMetricsDto;
}

export interface BranchRowDto {
  departmentId: number;
  name: string;
  /** 顾问人数 */
  advisors: number;
  metrics: AdvisorMetricsDto;
}

export interface CampaignDetailDto {
  id: number;
  name: string;
  origin: "hq" | "advisor";
  activityId?: number | null;
  contentKind: "script" | "material";
  contentId: number;
  variantId?: number | null;
  versionId?: number | null;
  approverId?: number | null;
  channel: "mass" | "group_mass" | "moments";
  audience: Record<string, unknown>;
  runAt?: string | null;
  status: "draft" | "scheduled" | "planning" | "fanning_out" | "running" | "completed" | "cancelled" | "failed";
  failureCode?: string | null;
  failureReason?: string | null;
  eligibleCount: number;
  excludedCount: number;
  taskCount: number;
  createdBy: number;
  createdAt: string;
  launchedAt?: string | null;
  completedAt?: string | null;
  progress: CampaignProgressDto;
}

export interface CampaignDto {
  id: number;
  name: string;
  origin: "hq" | "advisor";
  activityId?: number | null;
  contentKind: "script" | "material";
  contentId: number;
  variantId?: number | null;
  versionId?: number | null;
  approverId?: number | null;
  channel: "mass" | "group_mass" | "moments";
  audience: Record<string, unknown>;
  runAt?: string | null;
  status: "draft" | "scheduled" | "planning" | "fanning_out" | "running" | "completed" | "cancelled" | "failed";
  failureCode?: string | null;
  failureReason?: string | null;
  eligibleCount: number;
  excludedCount: number;
  taskCount: number;
  createdBy: number;
  createdAt: string;
  launchedAt?: string | null;
  completedAt?: string | null;
}

export interface CampaignPageDto {
  total: number;
  page: number;
  pageSize: number;
  items: CampaignDto[];
}

export interface CampaignProgressDto {
  /** 分配到任务的客户数 */
  assigned: number;
  /** 已交给企业微信、等待投顾确认的客户数 */
  pendingConfirm: number;
  /** 投顾已确认发送的任务中的客户数 */
  confirmed: number;
  delivered: number;
  failed: number;
  cancelled: number;
  /** 任务数（按状态） */
  tasksByStatus: Record<string, unknown>;
  /** 打开数（来自链接追踪） */
  opened?: number | null;
  /** 转化数（来自链接追踪） */
  converted?: number | null;
}

export interface CategoryDto {
  id: number;
  kind: "script" | "material" | "activity";
  name: string;
  parentId?: number | null;
  /** Materialised path, e.g. /3/17/ */
  path: string;
  sortOrder: number;
}

export interface ChainSendDto {
  sendId: number;
  channel: string;
  status: string;
  clientId: number | null;
  clientName: string | null;
  staffId: number;
  staffName: string | null;
  contentKind: "script" | "material";
  contentId: number;
  versionId: number;
  campaignId: number | null;
  wecomMsgid: string | null;
  sentAt: string | null;
  /** 版本 → 审批 → 顾问发送 → 企业微信 → 送达 → 打开与阅读 → 跟进 */
  steps: ChainStepDto[];
}

export interface ChainStepDto {
  kind: "content" | "approval" | "send" | "wecom" | "delivery" | "open" | "follow_up";
  at: string | null;
  actorId: number | null;
  actorName: string | null;
  summaryZh: string;
  /** 引用：版本号、msgid、链接 token、跟进记录 ID */
  ref: string | null;
  /** 阅读时长（毫秒，仅 open） */
  dwellMs: number | null;
  /** 是否为转发后的他人打开（仅 open） */
  forwarded: boolean | null;
}

export interface ChatMessageDto {
  msgtype: "text" | "image" | "news" | "miniprogram";
  text?: TextBodyDto;
  image?: ImageBodyDto;
  news?: NewsBodyDto;
  miniprogram?: MiniProgramBodyDto;
}

export interface CheckSendInput {
  /** 单聊客户；与 chatId 二选一 */
  clientId?: number;
  /** 客户群 chat_id；与 clientId 二选一 */
  chatId?: string;
  contentKind: "script" | "material";
  contentId: number;
  /** 素材的框架版本（收益/损失/中性） */
  variantId?: number;
  /** 投顾编辑后的文字 */
  editedText?: string;
  channel: "chat" | "mass" | "moments" | "share";
  /** 客户正在会话中（免打扰时段内的回复） */
  liveConversation?: boolean;
}

export interface CheckSendResultDto {
  allowed: boolean;
  /** 第一个阻断项的错误码 */
  code?: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "API_KEY_INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "WECOM_API_ERROR" | "WECOM_OAUTH_CODE_INVALID" | "WECOM_NOT_A_MEMBER" | "WECOM_CALLBACK_SIGNATURE_INVALID" | "WECOM_CALLBACK_CORP_MISMATCH" | "WECOM_CALLBACK_STALE" | "WECOM_CALLBACK_DECRYPT_FAILED" | "JSSDK_URL_INVALID" | "SIMULATOR_ONLY" | "CONTENT_NOT_APPROVED" | "CONTENT_EXPIRED" | "SUITABILITY_MISMATCH" | "SUITABILITY_ASSESSMENT_EXPIRED" | "FREQUENCY_CAP" | "QUIET_HOURS" | "SCREENING_BLOCKED" | "SELF_APPROVAL_FORBIDDEN" | "INVALID_STATE" | "IMPORT_FAILED";
  /** 阻断原因或通过说明 */
  reasonZh: string;
  /** 频次/免打扰阻断时，最早可发送时间 */
  nextAllowedAt?: string | null;
  steps: GateStepDto[];
  warnings: GateWarningDto[];
  screeningHits: ScreeningHitDto[];
  version: SentVersionDto;
  /** 填充变量并附加免责声明后的发送文字 */
  outgoingText?: string | null;
}

export interface ClientHeaderDto {
  id: number;
  name: string;
  avatar?: string | null;
  gender?: "male" | "female" | null;
  ageBand?: string | null;
  riskLevel?: "C1" | "C2" | "C3" | "C4" | "C5" | null;
  riskExpiresAt?: string | null;
  /** true when the suitability assessment is missing or expired */
  riskAssessmentExpired: boolean;
  phoneMasked?: string | null;
  /** The current advisor's remark for this client */
  remark?: string | null;
  followedSince?: string | null;
}

export interface ClientListItemDto {
  id: number;
  name: string;
  gender?: "male" | "female" | null;
  ageBand?: string | null;
  riskLevel?: "C1" | "C2" | "C3" | "C4" | "C5" | null;
  riskAssessmentExpired: boolean;
  phoneMasked?: string | null;
  /** One advisor who follows the client */
  advisorName?: string | null;
}

export interface ClientPageDto {
  items: ClientListItemDto[];
  total: number;
}

export interface ClientTagDto {
  tagKey: string;
  labelZh: string;
  layer: "values" | "psychology" | "custom";
  /** manual: set by an advisor and overriding the computed tag */
  source: "computed" | "manual";
  /** 0–100 when computed */
  score?: number;
}

export interface ComplianceSettingsDto {
  frequency: FrequencySettingsDto;
  disclaimers: DisclaimerSettingsDto;
}

export interface ComplianceSettingsUpdate {
  frequency?: FrequencySettingsInput;
  disclaimers?: DisclaimerSettingsInput;
}

export interface CreateActivityInput {
  name?: string;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  categoryId?: number;
  /** 内容包：话术 id */
  scriptIds?: number[];
  /** 内容包：素材 id */
  materialIds?: number[];
  /** 建议目标客群（已保存的客群） */
  segmentId?: number;
  /** 或一个客群筛选条件 */
  segmentFilter?: Record<string, unknown> | null;
  status?: "active" | "archived";
}

export interface CreateApiKeyDto {
  /** What feeds through this key, e.g. 神策转发 */
  name: string;
  scope: "ingest";
}

export interface CreateCampaignInput {
  contentKind: "script" | "material";
  contentId: number;
  /** 素材的框架版本 */
  variantId?: number;
  audience: AudienceInput;
  name: string;
  /** 关联的活动 */
  activityId?: number;
  /** mass 客户群发 / group_mass 客户群群发 / moments 朋友圈 */
  channel: "mass" | "group_mass" | "moments";
  /** 定时发送；不填则启动后立即开始 */
  runAt?: string;
}

export interface CreateCategoryInput {
  kind: "script" | "material" | "activity";
  /** 分类名称 */
  name: string;
  /** 上级分类 */
  parentId?: number;
  sortOrder?: number;
}

export interface CreateFollowUpInput {
  /** 跟进记录 */
  note: string;
  /** 下次联系时间（到期当天提醒一次） */
  nextContactAt?: string;
}

export interface CreateMaterialInput {
  /** 分类 */
  categoryId?: number;
  /** 目标价值观类型 */
  targetArchetypes?: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  /** 适用生命周期阶段 */
  lifecycleStages?: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  /** 叙事框架 */
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path";
  /** 内容风险等级；产品类必填 */
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5";
  /** 是否涉及具体产品 */
  isProductRelated?: boolean;
  /** 标签 */
  tags?: string[];
  /** 免责声明类型 */
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity";
  /** 生效时间 */
  validFrom?: string;
  /** 有效期截止 */
  validUntil?: string;
  summary?: string;
  /** 封面图（上传返回的 key） */
  coverKey?: string;
  /** 文章富文本 HTML，保存时过滤 */
  bodyHtml?: string;
  /** 链接类素材的地址 */
  linkUrl?: string;
  /** 图片/文件/视频/海报（上传返回的 key） */
  fileKey?: string;
  miniProgram?: MiniProgramInput | null;
  /** 关联产品代码 */
  productCodes?: string[];
  /** 同一信息的不同框架版本；提供时整体替换 */
  variants?: VariantInput[];
  type: "article" | "link" | "image" | "file" | "video" | "mini_program" | "poster";
  title: string;
}

export interface CreateMomentsInput {
  contentKind: "script" | "material";
  contentId: number;
  variantId?: number;
  /** 总部代多位投顾发布（员工 id）；投顾只能为自己发布 */
  senderStaffIds?: number[];
}

export interface CreateScriptInput {
  /** 分类 */
  categoryId?: number;
  /** 目标价值观类型 */
  targetArchetypes?: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  /** 适用生命周期阶段 */
  lifecycleStages?: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  /** 叙事框架 */
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path";
  /** 内容风险等级；产品类必填 */
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5";
  /** 是否涉及具体产品 */
  isProductRelated?: boolean;
  /** 标签 */
  tags?: string[];
  /** 免责声明类型 */
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity";
  /** 生效时间 */
  validFrom?: string;
  /** 有效期截止 */
  validUntil?: string;
  /** 标题 */
  title: string;
  /** 正文，可用 {{客户称呼}} 等变量 */
  body: string;
  /** 填充 {{产品名称}} */
  productName?: string;
}

export interface CreatedApiKeyDto {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  /** The key in clear: shown only in this response */
  key: string;
}

export interface DashboardSummaryDto {
  /** Clients in the caller’s scope */
  clients: number;
  advisors: number;
  departments: number;
  /** Active advisor–client relations in scope */
  followsActive: number;
  wecomMode: "simulator" | "live";
}

export interface DepartmentDto {
  id: number;
  name: string;
  parentId?: number | null;
  path: string;
  /** Staff directly in this department */
  staffCount: number;
}

export interface DiffLineDto {
  op: "equal" | "add" | "remove";
  text: string;
}

export interface DisclaimerOverridesInput {
  research_report?: string;
  product?: string;
  market_view?: string;
  education?: string;
  activity?: string;
}

export interface DisclaimerSettingsDto {
  /** 覆盖的模板，按内容类型 */
  overrides: Record<string, unknown>;
  copyrightHolder?: string | null;
  /** 默认模板（只读） */
  defaults: Record<string, unknown>;
  contentTypes: ("research_report" | "product" | "market_view" | "education" | "activity")[];
}

export interface DisclaimerSettingsInput {
  /** 按内容类型覆盖默认免责声明；可用 {validUntil} {riskLevel} {copyrightHolder} */
  overrides: DisclaimerOverridesInput;
  /** 研报版权方（公司注册名称） */
  copyrightHolder?: string;
}

export interface EvidenceDto {
  labelZh: string;
  /** The numbers behind the value */
  values: Record<string, unknown>;
  /** Ids of the trades, behaviour events and cash flows behind the value (capped) */
  refs: string[];
}

export interface ExclusionDto {
  clientId: number;
  clientName: string;
  staffId?: number | null;
  code: "SUITABILITY_MISMATCH" | "SUITABILITY_ASSESSMENT_EXPIRED" | "FREQUENCY_CAP" | "NOT_A_FRIEND" | "NO_ADVISOR";
  reasonZh: string;
}

export interface ExclusionReportDto {
  total: number;
  countsByCode: Record<string, unknown>;
  page: number;
  pageSize: number;
  items: ExclusionDto[];
}

export interface FailSendInput {
  /** sendChatMessage 返回的 errMsg */
  errMsg: string;
}

export interface FeedItemDto {
  id: number;
  clientId: number;
  clientName: string;
  staffId?: number | null;
  type: "content_read" | "content_forward" | "watchlist_add" | "product_view" | "purchase" | "redemption" | "cash_in" | "cash_out" | "complaint" | "client_added" | "client_deleted" | "advisor_deleted" | "send" | "follow_up";
  occurredAt: string;
  updatedAt: string;
  textZh: string;
  /** 类型相关的数据（时长、产品代码、金额、来源等） */
  data: Record<string, unknown>;
}

export interface FeedPageDto {
  items: FeedItemDto[];
  /** 下一页游标；null 表示没有更多 */
  nextBefore?: string | null;
}

export interface FieldChangeDto {
  field: string;
  /** Value before (JSON) */
  before?: Record<string, unknown> | null;
  /** Value after (JSON) */
  after?: Record<string, unknown> | null;
}

export interface FollowUpDto {
  id: number;
  clientId: number;
  staffId: number;
  note: string;
  nextContactAt?: string | null;
  doneAt?: string | null;
  createdAt: string;
}

export interface FrequencyCapsDto {
  perDay?: number | null;
  perWeek?: number | null;
  perMonth?: number | null;
}

export interface FrequencyCapsInput {
  /** 每客户每日上限；不填为不限 */
  perDay?: number;
  /** 每客户每周上限 */
  perWeek?: number;
  /** 每客户每月上限 */
  perMonth?: number;
}

export interface FrequencySettingsDto {
  caps: FrequencyCapsDto;
  quietHours?: QuietHoursDto | null;
  /** 计入频次的渠道（固定） */
  cappedChannels: string[];
  liveConversationExemptFromCaps: boolean;
  wecomMassQuota: "days_in_month" | "seven_per_week" | "one_per_day";
}

export interface FrequencySettingsInput {
  caps: FrequencyCapsInput;
  /** 不填为不设免打扰时段 */
  quietHours?: QuietHoursInput | null;
  /** 客户主动会话中的回复是否不受频次上限限制 */
  liveConversationExemptFromCaps: boolean;
  /** 企业微信后台配置的客户群发接收规则 */
  wecomMassQuota: "days_in_month" | "seven_per_week" | "one_per_day";
}

export interface GateStepDto {
  step: "approval" | "suitability" | "screening" | "frequency";
  outcome: "pass" | "warn" | "block";
  code?: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "API_KEY_INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "WECOM_API_ERROR" | "WECOM_OAUTH_CODE_INVALID" | "WECOM_NOT_A_MEMBER" | "WECOM_CALLBACK_SIGNATURE_INVALID" | "WECOM_CALLBACK_CORP_MISMATCH" | "WECOM_CALLBACK_STALE" | "WECOM_CALLBACK_DECRYPT_FAILED" | "JSSDK_URL_INVALID" | "SIMULATOR_ONLY" | "CONTENT_NOT_APPROVED" | "CONTENT_EXPIRED" | "SUITABILITY_MISMATCH" | "SUITABILITY_ASSESSMENT_EXPIRED" | "FREQUENCY_CAP" | "QUIET_HOURS" | "SCREENING_BLOCKED" | "SELF_APPROVAL_FORBIDDEN" | "INVALID_STATE" | "IMPORT_FAILED";
  /** 中文说明 */
  reasonZh: string;
}

export interface GateWarningDto {
  step: string;
  reasonZh: string;
  hit?: ScreeningHitDto;
}

export interface GroupChatDto {
  chatId: string;
  name: string;
  memberCount: number;
  /** External members who are known clients */
  clientMemberCount: number;
  clientMembers: GroupClientDto[];
}

export interface GroupClientDto {
  id: number;
  name: string;
}

export interface HandleAlertInput {
  /** 处理说明（同时记为一条跟进记录） */
  note?: string;
}

export interface ImageBodyDto {
  /** media/upload 返回的临时素材 id（3 天有效） */
  mediaid: string;
}

export interface ImportPageDto {
  items: ImportSummaryDto[];
  total: number;
}

export interface ImportRecordDto {
  id: number;
  kind: "clients" | "holdings" | "trades" | "cash_flows" | "questionnaires";
  format: "csv" | "json";
  status: "succeeded" | "partial" | "failed";
  total: number;
  succeeded: number;
  failed: number;
  /** null when run from the command line */
  createdBy?: number | null;
  createdAt: string;
  /** Errors by row (the first 500; counts above are exact) */
  errors: ImportRowErrorDto[];
}

export interface ImportRequestDto {
  /** csv: RFC 4180 with a header row (UTF-8, BOM allowed); json: an array of objects */
  format: "csv" | "json";
  /** The file content; columns per kind in modules/client-data/IMPORTS.md */
  content: string;
}

export interface ImportRowErrorDto {
  /** Data row, 1-based, header not counted; 0 = the file as a whole */
  row: number;
  /** Column / field name */
  field?: string | null;
  /** REQUIRED, INVALID_VALUE, UNKNOWN_FIELD, COLUMN_COUNT, DUPLICATE_ROW, CLIENT_NOT_FOUND, PRODUCT_NOT_FOUND, CONFLICT, WRITE_FAILED, MALFORMED_FILE */
  code: string;
  message: string;
}

export interface ImportSummaryDto {
  id: number;
  kind: "clients" | "holdings" | "trades" | "cash_flows" | "questionnaires";
  format: "csv" | "json";
  status: "succeeded" | "partial" | "failed";
  total: number;
  succeeded: number;
  failed: number;
  /** null when run from the command line */
  createdBy?: number | null;
  createdAt: string;
}

export interface IngestItemResultDto {
  /** Position of the event in the submitted batch (0-based) */
  index: number;
  status: "stored" | "duplicate" | "rejected";
  /** Error code when rejected */
  code?: string;
  /** Why it was rejected (Chinese) */
  message?: string;
}

export interface IngestResultDto {
  /** Events stored by this request */
  accepted: number;
  /** Events already stored earlier (same event id): not stored again */
  duplicates: number;
  /** Events refused; see items for why */
  rejected: number;
  /** One entry per submitted event, in order */
  items: IngestItemResultDto[];
}

export interface JobInfoDto {
  id: string;
  name: string;
  state: "waiting" | "active" | "completed" | "failed" | "dead";
  attempts: number;
  payload: Record<string, unknown>;
  error?: string;
  createdAt: string;
}

export interface JobRetryDto {
  /** 是否已重新排队 */
  retried: boolean;
}

export interface JssdkConfigDto {
  /** WeCom CorpID for ww.register */
  corpId: string;
  /** AgentId of the self-built app (agentConfig is required by every sidebar API) */
  agentId: string;
  /** Plain JS-SDK API names, without a "ww." prefix */
  jsApiList: string[];
}

export interface JssdkSignatureDto {
  /** Seconds since the epoch, as signed */
  timestamp: number;
  /** Random string, as signed */
  nonceStr: string;
  /** sha1 hex of jsapi_ticket, noncestr, timestamp and url */
  signature: string;
}

export interface JssdkSignatureRequestDto {
  /** The page URL without "#" and what follows (@wecom/jssdk passes location.href.split("#")[0]); signed exactly as sent */
  url: string;
}

export interface LabelledDto {
  id: string;
  labelZh: string;
}

export interface LexiconEntryDto {
  id: number;
  term: string;
  level: "block" | "warn";
  category: "return_promise" | "guaranteed_principal" | "insider_info" | "stock_tip" | "fee_wording" | "exaggeration" | "other";
  reason: string;
  suggestion?: string | null;
  enabled: boolean;
  updatedBy?: number | null;
  updatedAt: string;
}

export interface LexiconEntryInput {
  /** 禁用或提示词条 */
  term: string;
  /** block 禁止发送，warn 提示确认 */
  level: "block" | "warn";
  category: "return_promise" | "guaranteed_principal" | "insider_info" | "stock_tip" | "fee_wording" | "exaggeration" | "other";
  /** 原因（引用的规定） */
  reason: string;
  /** 合规替代表述 */
  suggestion?: string;
  enabled?: boolean;
}

export interface LexiconEntryUpdate {
  term?: string;
  level?: "block" | "warn";
  category?: "return_promise" | "guaranteed_principal" | "insider_info" | "stock_tip" | "fee_wording" | "exaggeration" | "other";
  reason?: string;
  suggestion?: string;
  enabled?: boolean;
}

export interface LexiconPageDto {
  items: LexiconEntryDto[];
  total: number;
  /** 当前词库版本号 */
  version: number;
}

export interface LinkBodyDto {
  title: string;
  imgUrl: string;
  desc: string;
  url: string;
}

export interface LoginDto {
  username: string;
  password: string;
}

export interface LoginResponseDto {
  staff: MeDto;
  expiresAt: string;
  /** Session token for scripts (Authorization: Bearer); browsers use the httpOnly cookie */
  token: string;
}

export interface MassSendInput {
  contentKind: "script" | "material";
  contentId: number;
  /** 素材的框架版本 */
  variantId?: number;
  audience: AudienceInput;
  /** 群发名称（默认用内容标题） */
  name?: string;
}

export interface MassSendPreviewDto {
  eligible: number;
  excludedTotal: number;
  /** 按原因统计的排除人数 */
  countsByReason: Record<string, unknown>;
  /** 前 200 位被排除的客户 */
  excluded: ExclusionDto[];
  /** 被排除名单是否只列出了一部分 */
  excludedTruncated: boolean;
  version: SentVersionDto;
}

export interface MaterialDetailDto {
  id: number;
  type: "article" | "link" | "image" | "file" | "video" | "mini_program" | "poster";
  categoryId?: number | null;
  sentCount: number;
  openedCount: number;
  convertedCount: number;
  latestVersionId?: number | null;
  approvedVersionId?: number | null;
  updatedAt: string;
  version: MaterialVersionDto;
  approvedVersion?: MaterialVersionDto | null;
}

export interface MaterialDto {
  id: number;
  type: "article" | "link" | "image" | "file" | "video" | "mini_program" | "poster";
  categoryId?: number | null;
  sentCount: number;
  openedCount: number;
  convertedCount: number;
  latestVersionId?: number | null;
  approvedVersionId?: number | null;
  updatedAt: string;
  version: MaterialVersionDto;
}

export interface MaterialPageDto {
  items: MaterialDto[];
  total: number;
}

export interface MaterialVersionDto {
  id: number;
  versionNo: number;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  /** status, with an approved version past valid_until shown as expired */
  effectiveStatus: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  title: string;
  targetArchetypes: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  lifecycleStages: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path" | null;
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5" | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity" | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** 提交时发现的提示级用语 */
  screeningHits: ScreeningHitDto[];
  createdBy: StaffRefDto;
  createdAt: string;
  submittedBy?: StaffRefDto | null;
  submittedAt?: string | null;
  reviewedBy?: StaffRefDto | null;
  reviewedAt?: string | null;
  reviewComment?: string | null;
  approvedBy?: StaffRefDto | null;
  approvedAt?: string | null;
  retiredBy?: StaffRefDto | null;
  retiredAt?: string | null;
  materialId: number;
  summary?: string | null;
  coverKey?: string | null;
  /** 已过滤的 HTML */
  bodyHtml?: string | null;
  linkUrl?: string | null;
  fileKey?: string | null;
  miniProgram?: MiniProgramDto | null;
  productCodes: string[];
  variants: VariantDto[];
}

export interface MeDto {
  staffId: number;
  name: string;
  role: "advisor" | "manager" | "hq" | "compliance" | "admin";
  departmentId?: number | null;
  wecomUserId?: string | null;
}

export interface MiniProgramBodyDto {
  appid: string;
  title: string;
  imgUrl: string;
  /** 以 .html 结尾 */
  page: string;
}

export interface MiniProgramDto {
  appid: string;
  page: string;
  title: string;
}

export interface MiniProgramInput {
  /** 小程序 appid */
  appid: string;
  /** 页面路径 */
  page: string;
  title: string;
}

export interface MomentsTaskDto {
  id: number;
  campaignId?: number | null;
  contentKind: "script" | "material";
  contentId: number;
  versionId: number;
  approverId?: number | null;
  status: "pending" | "submitting" | "submitted" | "done" | "failed" | "unknown";
  senderCount: number;
  momentId?: string | null;
  /** 企业微信判定无效的发表成员 */
  invalidSenders: string[];
  error?: string | null;
  createdAt: string;
  completedAt?: string | null;
}

export interface NewsBodyDto {
  /** 带追踪的落地页链接 /t/:token */
  link: string;
  title: string;
  desc: string;
  imgUrl: string;
}

export interface PortraitViewDto {
  summaryZh: string;
  computedAt: string;
  ruleVersion: string;
  lifecycle: LabelledDto;
  valueGroup: LabelledDto;
  framing: LabelledDto;
  format: LabelledDto;
  values: ArchetypeWeightDto[];
  psychology: TraitDto[];
  behaviour: BehaviourMetricDto[];
  triggers: TriggerDto[];
  trajectory?: TrajectoryDto | null;
}

export interface PrepareSendInput {
  /** 单聊：getCurExternalContact 返回的 userId；与 chatId 二选一 */
  externalUserId?: string;
  /** 群聊：getCurExternalChat 返回的 chatId */
  chatId?: string;
  contentKind: "script" | "material";
  contentId: number;
  /** 素材的框架版本 */
  variantId?: number;
  /** 投顾编辑后的文字（会再次筛查） */
  editedText?: string;
  /** 来自总部任务的“编辑后发送” */
  taskId?: number;
  /** 客户正在会话中 */
  liveConversation?: boolean;
}

export interface PreparedSendDto {
  sendId: number;
  /** ww.sendChatMessage 的参数 */
  message: ChatMessageDto;
  /** 消息中的追踪链接 */
  trackedUrl?: string;
  version: SentVersionDto;
  warnings: GateWarningDto[];
}

export interface PreviewRulesDto {
  /** 待预览的画像规则（RuleSet） */
  rules: Record<string, unknown>;
}

export interface ProfileAlertDto {
  id: number;
  /** The alert rule key (high_intent, churn_risk, anxiety, cognitive_shift) */
  kind: string;
  textZh: string;
  at: string;
}

export interface PublicConfigDto {
  /** true when the built-in WeCom simulator stands in for WeCom (demo mode) */
  simulator: boolean;
  corpId: string;
  agentId: string;
}

export interface QuietHoursDto {
  start: string;
  end: string;
}

export interface QuietHoursInput {
  /** 开始，北京时间 HH:mm */
  start: string;
  /** 结束（不含） */
  end: string;
}

export interface RecommendationBlockDto {
  /** A stable error code from contracts/error-codes.ts */
  code: string;
  reasonZh: string;
}

export interface RecommendationDto {
  kind: "script" | "material";
  id: number;
  /** The approved version that would be sent */
  versionId: number;
  title: string;
  reasonZh: string;
  score: number;
  blocked?: RecommendationBlockDto;
}

export interface RecommendationItemDto {
  kind: "script" | "material";
  id: number;
  /** The approved version that would be sent */
  versionId: number;
  title: string;
  reasonZh: string;
  score: number;
  blocked?: RecommendationBlockDto;
  /** 素材的框架版本（按客户偏好选择） */
  variantId?: number | null;
  materialType?: "article" | "link" | "image" | "file" | "video" | "mini_program" | "poster" | null;
}

export interface RecommendationListDto {
  /** 可发送的按得分排序，被拦截的排在最后并附原因 */
  items: RecommendationItemDto[];
}

export interface RecomputeStartedDto {
  jobId: string;
}

export interface RecomputeStatusDto {
  status: "waiting" | "active" | "completed" | "failed" | "dead";
  processed: number;
  total: number;
  error?: string;
}

export interface RejectInputDto {
  /** 驳回原因 */
  comment: string;
}

export interface RemindInput {
  /** 只提醒这些任务；不填则提醒全部未确认的任务 */
  taskIds?: number[];
}

export interface RemindReportDto {
  reminded: number[];
  skipped: RemindSkipDto[];
}

export interface RemindSkipDto {
  taskId: number;
  reasonZh: string;
}

export interface RemoveTagDto {
  /** 移除原因 */
  reason: string;
}

export interface RetireInputDto {
  /** 下架原因 */
  reason?: string;
}

export interface RevealRequestDto {
  field: "phone" | "idNo" | "customerNo";
  /** Why the clear value is needed; written to the audit log */
  reason: string;
}

export interface RevealResultDto {
  /** The value in clear; null when none is on record */
  value?: string | null;
}

export interface RollupRequest {
  from: string;
  to: string;
}

export interface RollupStartedDto {
  jobId: string;
  /** 相同范围的任务已在排队 */
  duplicate: boolean;
}

export interface RuleVersionDto {
  version: string;
  changeNote: string;
  createdBy?: number | null;
  createdAt: string;
  active: boolean;
}

export interface RulesDto {
  /** Version of the active rules */
  version: string;
  /** The active RuleSet */
  rules: Record<string, unknown>;
  /** Newest first */
  changelog: RuleVersionDto[];
}

export interface RulesPreviewDto {
  /** all: every client was recomputed; sample: an even sample */
  basis: "all" | "sample";
  totalClients: number;
  /** Clients recomputed under both rule sets */
  compared: number;
  topArchetypeChanged: number;
  lifecycleChanged: number;
  /** The version the candidate was compared against */
  activeVersion: string;
}

export interface SaveSegmentDto {
  /** 分群条件：{and:[…]} | {or:[…]} | {not:{…}} | {field, op, value} | {tag, minScore?, source?} */
  filter: Record<string, unknown>;
  /** 分群名称 */
  name: string;
  /** 说明 */
  description?: string;
}

export interface ScreenTextInput {
  /** 要检测的文字 */
  text: string;
}

export interface ScreeningHitDto {
  term: string;
  level: "block" | "warn";
  category: "return_promise" | "guaranteed_principal" | "insider_info" | "stock_tip" | "fee_wording" | "exaggeration" | "other";
  reason: string;
  suggestion?: string | null;
  /** UTF-16 offset in the text */
  start: number;
  end: number;
  excerpt: string;
  source: "lexicon" | "detector";
}

export interface ScreeningResultDto {
  verdict: "pass" | "warn" | "block";
  hits: ScreeningHitDto[];
  /** Lexicon version the text was screened with */
  lexiconVersion: string;
}

export interface ScriptDetailDto {
  id: number;
  categoryId?: number | null;
  sentCount: number;
  openedCount: number;
  convertedCount: number;
  latestVersionId?: number | null;
  approvedVersionId?: number | null;
  updatedAt: string;
  /** 列表中：总部/合规看到最新版本，投顾看到当前已通过版本 */
  version: ScriptVersionDto;
  /** 当前已通过的版本 */
  approvedVersion?: ScriptVersionDto | null;
}

export interface ScriptDto {
  id: number;
  categoryId?: number | null;
  sentCount: number;
  openedCount: number;
  convertedCount: number;
  latestVersionId?: number | null;
  approvedVersionId?: number | null;
  updatedAt: string;
  /** 列表中：总部/合规看到最新版本，投顾看到当前已通过版本 */
  version: ScriptVersionDto;
}

export interface ScriptPageDto {
  items: ScriptDto[];
  total: number;
}

export interface ScriptVersionDto {
  id: number;
  versionNo: number;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  /** status, with an approved version past valid_until shown as expired */
  effectiveStatus: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  title: string;
  targetArchetypes: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  lifecycleStages: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path" | null;
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5" | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity" | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** 提交时发现的提示级用语 */
  screeningHits: ScreeningHitDto[];
  createdBy: StaffRefDto;
  createdAt: string;
  submittedBy?: StaffRefDto | null;
  submittedAt?: string | null;
  reviewedBy?: StaffRefDto | null;
  reviewedAt?: string | null;
  reviewComment?: string | null;
  approvedBy?: StaffRefDto | null;
  approvedAt?: string | null;
  retiredBy?: StaffRefDto | null;
  retiredAt?: string | null;
  scriptId: number;
  body: string;
  productName?: string | null;
  /** 正文中使用的变量 */
  variables: string[];
}

export interface SegmentClientDto {
  id: number;
  name: string;
  gender?: "male" | "female" | null;
  ageBand?: string | null;
  riskLevel?: "C1" | "C2" | "C3" | "C4" | "C5" | null;
  phoneMasked?: string | null;
  topArchetype?: string | null;
  lifecycle?: string | null;
  valueGroup?: string | null;
}

export interface SegmentClientPageDto {
  total: number;
  page: number;
  pageSize: number;
  items: SegmentClientDto[];
}

export interface SegmentCountDto {
  /** Clients matching the filter within the caller’s scope */
  count: number;
}

export interface SegmentDto {
  id: number;
  name: string;
  description?: string | null;
  filter: Record<string, unknown>;
  createdBy?: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SegmentFilterDto {
  /** 分群条件：{and:[…]} | {or:[…]} | {not:{…}} | {field, op, value} | {tag, minScore?, source?} */
  filter: Record<string, unknown>;
}

export interface SelfCheckDto {
  mode: "simulator" | "live";
  checks: SelfCheckItemDto[];
}

export interface SelfCheckItemDto {
  key: string;
  label: string;
  ok: boolean;
  detail: string;
  hint?: string;
}

export interface SendRecordDto {
  id: number;
  status: "prepared" | "queued" | "sent" | "pending_confirm" | "delivered" | "failed" | "cancelled" | "excluded";
  channel: "chat" | "mass" | "group_mass" | "moments" | "share";
  clientId?: number | null;
  chatId?: string | null;
  contentKind: "script" | "material";
  contentId: number;
  versionId: number;
  approverId?: number | null;
  sentAt?: string | null;
  failReason?: string | null;
}

export interface SentVersionDto {
  kind: "script" | "material";
  contentId: number;
  versionId: number;
  versionNo: number;
  title: string;
  status: string;
  approvedBy?: StaffRefDto | null;
  approvedAt?: string | null;
  validUntil?: string | null;
  variant?: VariantRefDto | null;
}

export interface SessionResponseDto {
  staff: MeDto;
  expiresAt: string;
}

export interface ShareAttachmentDto {
  msgtype: "image" | "link" | "miniprogram";
  image?: ImageBodyDto;
  link?: LinkBodyDto;
  miniprogram?: MiniProgramBodyDto;
}

export interface ShareParamsDto {
  text?: TextBodyDto;
  attachments?: ShareAttachmentDto[];
  /** 预选的客户 external_userid（企业微信 4.1.10 起支持） */
  externalUserIds: string[];
}

export interface SharePayloadDto {
  /** 分享记录 id（确认或失败时回传） */
  shareId: number;
  /** ww.shareToExternalContact 的参数 */
  params: ShareParamsDto;
  eligible: number;
  excludedTotal: number;
  countsByReason: Record<string, unknown>;
  /** 超过企业微信单次 20000 人上限时，只预选了前 20000 人 */
  truncated?: boolean;
}

export interface ShareResultInput {
  /** 失败时 shareToExternalContact 返回的 errMsg */
  errMsg?: string;
}

export interface SidebarProfileDto {
  client: ClientHeaderDto;
  portrait: PortraitViewDto;
  tags: ClientTagDto[];
  alerts: ProfileAlertDto[];
  recommendations: RecommendationDto[];
}

export interface SimChatsDto {
  contacts: SimContactDto[];
  groups: SimGroupDto[];
}

export interface SimCodeDto {
  code: string;
}

export interface SimCodeRequestDto {
  userid: string;
}

export interface SimConfirmDto {
  msgid: string;
  userid: string;
}

export interface SimContactDto {
  externalUserId: string;
  name: string;
  avatar?: string | null;
}

export interface SimContactEventDto {
  changeType: "add_external_contact" | "del_external_contact" | "del_follow_user" | "edit_external_contact";
  userid: string;
  externalUserId: string;
  /** Name of a new contact (add only) */
  name?: string;
}

export interface SimGroupDto {
  chatId: string;
  name: string;
  memberCount: number;
}

export interface SimMemberDto {
  userid: string;
  name: string;
  departmentName?: string | null;
  clientCount: number;
}

export interface StaffDto {
  id: number;
  name: string;
  role: "advisor" | "manager" | "hq" | "compliance" | "admin";
  wecomUserId?: string | null;
  username?: string | null;
  departmentId?: number | null;
  departmentName?: string | null;
  status: "active" | "disabled";
  /** Clients with an active follow relation */
  clientCount: number;
}

export interface StaffPageDto {
  items: StaffDto[];
  total: number;
}

export interface StaffRefDto {
  id: number;
  name?: string | null;
}

export interface StoredFileDto {
  id: number;
  /** 在素材中引用的 key（fileKey / coverKey） */
  key: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** 登录后可访问的下载地址 */
  url: string;
}

export interface SuggestedScriptDto {
  id: number;
  title: string;
}

export interface SyncReportDto {
  synced: number;
  waitingForAdvisor: number;
}

export interface SyncResultDto {
  departments: number;
  staff: number;
  clients: number;
  follows: number;
  corpTags: number;
}

export interface SyncStartedDto {
  jobId: string;
}

export interface SyncStatusDto {
  status: "waiting" | "active" | "completed" | "failed" | "dead";
  result?: SyncResultDto;
  error?: string;
}

export interface TagHistoryEntryDto {
  tagKey: string;
  action: "add" | "remove";
  source: "computed" | "manual";
  actorId?: number | null;
  actorName?: string | null;
  reason?: string | null;
  createdAt: string;
}

export interface TemplateVariableDto {
  name: string;
  descriptionZh: string;
  /** 取不到值时使用 */
  fallback: string;
}

export interface TextBodyDto {
  content: string;
}

export interface TraitDto {
  trait: string;
  labelZh: string;
  /** 0–100 */
  score: number;
  /** 0–1: share of the trait backed by data */
  confidence: number;
  evidence: EvidenceDto[];
}

export interface TrajectoryDto {
  /** e.g. 从技术分析派转向价值投资派; empty when stable */
  textZh: string;
  points: TrajectoryPointDto[];
}

export interface TrajectoryPointDto {
  month: string;
  topArchetype: "security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner";
  weights: Record<string, unknown>;
}

export interface TrendPointDto {
  /** 周期第一天 */
  period: string;
  /** 周期最后一天 */
  periodEnd: string;
  metrics: AdvisorMetricsDto;
}

export interface TriggerDto {
  type: "anxiety" | "churn_risk";
  suggestion: "defensive_allocation" | "retention_call";
  score: number;
  reasonZh: string;
}

export interface UpdateCategoryInput {
  name?: string;
  sortOrder?: number;
}

export interface UpdateMaterialInput {
  /** 分类 */
  categoryId?: number;
  /** 目标价值观类型 */
  targetArchetypes?: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  /** 适用生命周期阶段 */
  lifecycleStages?: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  /** 叙事框架 */
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path";
  /** 内容风险等级；产品类必填 */
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5";
  /** 是否涉及具体产品 */
  isProductRelated?: boolean;
  /** 标签 */
  tags?: string[];
  /** 免责声明类型 */
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity";
  /** 生效时间 */
  validFrom?: string;
  /** 有效期截止 */
  validUntil?: string;
  summary?: string;
  /** 封面图（上传返回的 key） */
  coverKey?: string;
  /** 文章富文本 HTML，保存时过滤 */
  bodyHtml?: string;
  /** 链接类素材的地址 */
  linkUrl?: string;
  /** 图片/文件/视频/海报（上传返回的 key） */
  fileKey?: string;
  miniProgram?: MiniProgramInput | null;
  /** 关联产品代码 */
  productCodes?: string[];
  /** 同一信息的不同框架版本；提供时整体替换 */
  variants?: VariantInput[];
  title?: string;
}

export interface UpdateRulesDto {
  /** 完整的画像规则（RuleSet）；version 可省略，由服务端生成 */
  rules: Record<string, unknown>;
  /** 修改说明 */
  changeNote: string;
}

export interface UpdateScriptInput {
  /** 分类 */
  categoryId?: number;
  /** 目标价值观类型 */
  targetArchetypes?: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  /** 适用生命周期阶段 */
  lifecycleStages?: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  /** 叙事框架 */
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path";
  /** 内容风险等级；产品类必填 */
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5";
  /** 是否涉及具体产品 */
  isProductRelated?: boolean;
  /** 标签 */
  tags?: string[];
  /** 免责声明类型 */
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity";
  /** 生效时间 */
  validFrom?: string;
  /** 有效期截止 */
  validUntil?: string;
  title?: string;
  body?: string;
  productName?: string;
}

export interface UploadInput {
  /** 原始文件名 */
  filename: string;
  contentType: "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "video/mp4";
  /** Base64 编码的文件内容（解码后不超过 20 MB） */
  dataBase64: string;
}

export interface VariantDto {
  id: number;
  framing: "gain" | "loss" | "neutral";
  title: string;
  summary?: string | null;
  bodyHtml?: string | null;
}

export interface VariantInput {
  /** gain 收益框架 / loss 损失框架 / neutral 中性 */
  framing: "gain" | "loss" | "neutral";
  title: string;
  summary?: string;
  /** 富文本，保存时过滤 */
  bodyHtml?: string;
}

export interface VariantRefDto {
  id: number;
  framing: "gain" | "loss" | "neutral";
  title: string;
}

export interface VersionDiffDto {
  kind: "script" | "material";
  contentId: number;
  /** null when diffing the first version */
  from?: VersionRefDto | null;
  to: VersionRefDto;
  fields: FieldChangeDto[];
  /** Line diff of title + body text */
  lines: DiffLineDto[];
}

export interface VersionHistoryDto {
  kind: "script" | "material";
  contentId: number;
  /** Newest first */
  versions: VersionHistoryEntryDto[];
}

export interface VersionHistoryEntryDto {
  id: number;
  versionNo: number;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  /** status, with an approved version past valid_until shown as expired */
  effectiveStatus: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  title: string;
  targetArchetypes: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  lifecycleStages: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path" | null;
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5" | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity" | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** 提交时发现的提示级用语 */
  screeningHits: ScreeningHitDto[];
  createdBy: StaffRefDto;
  createdAt: string;
  submittedBy?: StaffRefDto | null;
  submittedAt?: string | null;
  reviewedBy?: StaffRefDto | null;
  reviewedAt?: string | null;
  reviewComment?: string | null;
  approvedBy?: StaffRefDto | null;
  approvedAt?: string | null;
  retiredBy?: StaffRefDto | null;
  retiredAt?: string | null;
  /** Fields changed against the previous version */
  changedFields: string[];
  /** Whether the title or body text changed against the previous version */
  textChanged: boolean;
}

export interface VersionRefDto {
  versionId: number;
  versionNo: number;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
}

export interface VersionWorkflowDto {
  id: number;
  versionNo: number;
  status: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  /** status, with an approved version past valid_until shown as expired */
  effectiveStatus: "draft" | "pending" | "approved" | "rejected" | "retired" | "expired";
  title: string;
  targetArchetypes: ("security" | "growth" | "social" | "legacy" | "policy" | "technical" | "value" | "learner")[];
  lifecycleStages: ("prospect" | "new" | "growing" | "changing" | "churn_risk" | "reactivated")[];
  framing?: "safety_margin" | "excess_return" | "authority_peer" | "policy_interpretation" | "data_evidence" | "learning_path" | null;
  riskLevel?: "R1" | "R2" | "R3" | "R4" | "R5" | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType?: "research_report" | "product" | "market_view" | "education" | "activity" | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** 提交时发现的提示级用语 */
  screeningHits: ScreeningHitDto[];
  createdBy: StaffRefDto;
  createdAt: string;
  submittedBy?: StaffRefDto | null;
  submittedAt?: string | null;
  reviewedBy?: StaffRefDto | null;
  reviewedAt?: string | null;
  reviewComment?: string | null;
  approvedBy?: StaffRefDto | null;
  approvedAt?: string | null;
  retiredBy?: StaffRefDto | null;
  retiredAt?: string | null;
}

export interface WecomMediaDto {
  mediaId: string;
  mediaType: "image" | "video" | "file";
  /** 企业微信临时素材失效时间（上传后 3 天） */
  expiresAt: string;
}

export interface WecomSessionDto {
  /** OAuth code from the WeCom redirect (snsapi_base) */
  code: string;
}

/** Every operation: id → method and path template. */
export const API_OPERATIONS = {
  Activities_create: { method: 'POST', path: '/api/activities' },
  Activities_get: { method: 'GET', path: '/api/activities/{id}' },
  Activities_list: { method: 'GET', path: '/api/activities' },
  Activities_update: { method: 'PUT', path: '/api/activities/{id}' },
  AdvisorTasks_done: { method: 'POST', path: '/api/tasks/{id}/done' },
  AdvisorTasks_list: { method: 'GET', path: '/api/tasks' },
  Alerts_forClient: { method: 'GET', path: '/api/clients/{id}/alerts' },
  Alerts_handle: { method: 'POST', path: '/api/alerts/{id}/handle' },
  Alerts_list: { method: 'GET', path: '/api/alerts' },
  Alerts_listRules: { method: 'GET', path: '/api/alert-rules' },
  Alerts_seen: { method: 'POST', path: '/api/alerts/{id}/seen' },
  Alerts_updateRules: { method: 'PUT', path: '/api/alert-rules' },
  Analytics_branches: { method: 'GET', path: '/api/analytics/branches' },
  Analytics_clients: { method: 'GET', path: '/api/analytics/advisors/{staffId}/clients' },
  Analytics_export: { method: 'GET', path: '/api/analytics/advisors/export' },
  Analytics_list: { method: 'GET', path: '/api/analytics/advisors' },
  Analytics_rollup: { method: 'POST', path: '/api/analytics/rollup' },
  Analytics_trend: { method: 'GET', path: '/api/analytics/advisors/{staffId}/trend' },
  ApiKeys_create: { method: 'POST', path: '/api/api-keys' },
  ApiKeys_list: { method: 'GET', path: '/api/api-keys' },
  ApiKeys_revoke: { method: 'DELETE', path: '/api/api-keys/{id}' },
  Approvals_approve: { method: 'POST', path: '/api/approvals/{versionKind}/{versionId}/approve' },
  Approvals_diff: { method: 'GET', path: '/api/versions/{versionKind}/{versionId}/diff' },
  Approvals_queue: { method: 'GET', path: '/api/approvals' },
  Approvals_reject: { method: 'POST', path: '/api/approvals/{versionKind}/{versionId}/reject' },
  Approvals_retire: { method: 'POST', path: '/api/versions/{versionKind}/{versionId}/retire' },
  Approvals_submit: { method: 'POST', path: '/api/versions/{versionKind}/{versionId}/submit' },
  AuditLog_chain: { method: 'GET', path: '/api/audit/chain' },
  AuditLog_chainExport: { method: 'GET', path: '/api/audit/chain/export' },
  AuditLog_export: { method: 'GET', path: '/api/audit/export' },
  AuditLog_list: { method: 'GET', path: '/api/audit' },
  Auth_authorize: { method: 'GET', path: '/api/auth/wecom/authorize' },
  Auth_login: { method: 'POST', path: '/api/auth/login' },
  Auth_logout: { method: 'POST', path: '/api/auth/logout' },
  Auth_me: { method: 'GET', path: '/api/auth/me' },
  Auth_wecomSession: { method: 'POST', path: '/api/auth/wecom/session' },
  Campaigns_advisors: { method: 'GET', path: '/api/campaigns/{id}/advisors' },
  Campaigns_cancel: { method: 'POST', path: '/api/campaigns/{id}/cancel' },
  Campaigns_create: { method: 'POST', path: '/api/campaigns' },
  Campaigns_exclusions: { method: 'GET', path: '/api/campaigns/{id}/exclusions' },
  Campaigns_get: { method: 'GET', path: '/api/campaigns/{id}' },
  Campaigns_launch: { method: 'POST', path: '/api/campaigns/{id}/launch' },
  Campaigns_list: { method: 'GET', path: '/api/campaigns' },
  Campaigns_remind: { method: 'POST', path: '/api/campaigns/{id}/remind' },
  Campaigns_sync: { method: 'POST', path: '/api/campaigns/{id}/sync' },
  Categories_create: { method: 'POST', path: '/api/library/categories' },
  Categories_list: { method: 'GET', path: '/api/library/categories' },
  Categories_remove: { method: 'DELETE', path: '/api/library/categories/{id}' },
  Categories_update: { method: 'PUT', path: '/api/library/categories/{id}' },
  CheckSend_check: { method: 'POST', path: '/api/compliance/check-send' },
  Clients_byExternal: { method: 'GET', path: '/api/clients/by-external/{externalUserId}' },
  Clients_search: { method: 'GET', path: '/api/clients' },
  ComplianceSettings_get: { method: 'GET', path: '/api/compliance/settings' },
  ComplianceSettings_update: { method: 'PUT', path: '/api/compliance/settings' },
  Dashboard_summary: { method: 'GET', path: '/api/dashboard/summary' },
  Feed_list: { method: 'GET', path: '/api/feed' },
  Feed_stream: { method: 'GET', path: '/api/feed/stream' },
  Feed_timeline: { method: 'GET', path: '/api/clients/{id}/timeline' },
  FollowUps_create: { method: 'POST', path: '/api/clients/{id}/follow-ups' },
  FollowUps_done: { method: 'POST', path: '/api/follow-ups/{id}/done' },
  FollowUps_list: { method: 'GET', path: '/api/clients/{id}/follow-ups' },
  GroupChats_get: { method: 'GET', path: '/api/group-chats/{chatId}' },
  Imports_get: { method: 'GET', path: '/api/imports/{id}' },
  Imports_list: { method: 'GET', path: '/api/imports' },
  Imports_run: { method: 'POST', path: '/api/imports/{kind}' },
  Ingest_ingest: { method: 'POST', path: '/api/ingest/events' },
  Jobs_dead: { method: 'GET', path: '/api/jobs/dead' },
  Jobs_retry: { method: 'POST', path: '/api/jobs/{id}/retry' },
  Jssdk_agentSignature: { method: 'POST', path: '/api/wecom/jssdk/agent-signature' },
  Jssdk_config: { method: 'GET', path: '/api/wecom/jssdk/config' },
  Jssdk_configSignature: { method: 'POST', path: '/api/wecom/jssdk/config-signature' },
  Lexicon_create: { method: 'POST', path: '/api/compliance/lexicon' },
  Lexicon_list: { method: 'GET', path: '/api/compliance/lexicon' },
  Lexicon_remove: { method: 'DELETE', path: '/api/compliance/lexicon/{id}' },
  Lexicon_screen: { method: 'POST', path: '/api/compliance/screen' },
  Lexicon_update: { method: 'PUT', path: '/api/compliance/lexicon/{id}' },
  MassSends_create: { method: 'POST', path: '/api/mass-sends' },
  MassSends_get: { method: 'GET', path: '/api/mass-sends/{id}' },
  MassSends_list: { method: 'GET', path: '/api/mass-sends' },
  MassSends_preview: { method: 'POST', path: '/api/mass-sends/preview' },
  MassSends_sharePayload: { method: 'POST', path: '/api/mass-sends/share-payload' },
  MassSends_shareResult: { method: 'POST', path: '/api/mass-sends/{id}/share-result' },
  MassSends_sync: { method: 'POST', path: '/api/mass-sends/{id}/sync' },
  Materials_create: { method: 'POST', path: '/api/materials' },
  Materials_download: { method: 'GET', path: '/api/materials/uploads/{fileId}/content' },
  Materials_get: { method: 'GET', path: '/api/materials/{id}' },
  Materials_list: { method: 'GET', path: '/api/materials' },
  Materials_update: { method: 'PUT', path: '/api/materials/{id}' },
  Materials_upload: { method: 'POST', path: '/api/materials/uploads' },
  Materials_versions: { method: 'GET', path: '/api/materials/{id}/versions' },
  Materials_wecomMedia: { method: 'GET', path: '/api/materials/{id}/wecom-media' },
  Moments_create: { method: 'POST', path: '/api/moments' },
  Moments_get: { method: 'GET', path: '/api/moments/{id}' },
  Moments_list: { method: 'GET', path: '/api/moments' },
  Org_departments: { method: 'GET', path: '/api/org/departments' },
  Org_staff: { method: 'GET', path: '/api/org/staff' },
  Org_sync: { method: 'POST', path: '/api/org/sync' },
  Org_syncStatus: { method: 'GET', path: '/api/org/sync/{jobId}' },
  PiiReveal_reveal: { method: 'POST', path: '/api/clients/{id}/reveal' },
  Profile_profile: { method: 'GET', path: '/api/sidebar/profile' },
  PublicConfig_get: { method: 'GET', path: '/api/config/public' },
  Recommendations_list: { method: 'GET', path: '/api/clients/{id}/recommendations' },
  Recompute_start: { method: 'POST', path: '/api/portrait/recompute' },
  Recompute_status: { method: 'GET', path: '/api/portrait/recompute/{jobId}' },
  Rules_get: { method: 'GET', path: '/api/portrait/rules' },
  Rules_preview: { method: 'POST', path: '/api/portrait/rules/preview' },
  Rules_update: { method: 'PUT', path: '/api/portrait/rules' },
  Scripts_create: { method: 'POST', path: '/api/scripts' },
  Scripts_get: { method: 'GET', path: '/api/scripts/{id}' },
  Scripts_list: { method: 'GET', path: '/api/scripts' },
  Scripts_update: { method: 'PUT', path: '/api/scripts/{id}' },
  Scripts_variables: { method: 'GET', path: '/api/scripts/variables' },
  Scripts_versions: { method: 'GET', path: '/api/scripts/{id}/versions' },
  Segments_clients: { method: 'GET', path: '/api/segments/{id}/clients' },
  Segments_create: { method: 'POST', path: '/api/segments' },
  Segments_get: { method: 'GET', path: '/api/segments/{id}' },
  Segments_list: { method: 'GET', path: '/api/segments' },
  Segments_preview: { method: 'POST', path: '/api/segments/preview' },
  Segments_remove: { method: 'DELETE', path: '/api/segments/{id}' },
  Segments_update: { method: 'PUT', path: '/api/segments/{id}' },
  SelfCheck_run: { method: 'GET', path: '/api/wecom/self-check' },
  Sends_confirm: { method: 'POST', path: '/api/sends/{id}/confirm' },
  Sends_fail: { method: 'POST', path: '/api/sends/{id}/fail' },
  Sends_prepare: { method: 'POST', path: '/api/sends/prepare' },
  SimulatorControl_chats: { method: 'GET', path: '/api/sim/members/{userid}/chats' },
  SimulatorControl_code: { method: 'POST', path: '/api/sim/oauth/code' },
  SimulatorControl_confirm: { method: 'POST', path: '/api/sim/mass-send/confirm' },
  SimulatorControl_contactEvent: { method: 'POST', path: '/api/sim/contact-event' },
  SimulatorControl_members: { method: 'GET', path: '/api/sim/members' },
  Tags_add: { method: 'POST', path: '/api/clients/{id}/tags' },
  Tags_history: { method: 'GET', path: '/api/clients/{id}/tags/history' },
  Tags_remove: { method: 'DELETE', path: '/api/clients/{id}/tags/{tagKey}' },
} as const;
