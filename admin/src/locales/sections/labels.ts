import type {
  ContentNarrative,
  ContentVersionStatus,
  DisclaimerContentType,
  LifecycleStage,
  MaterialType,
  VariantFraming,
} from '@/api/library.types';
import type { ScreeningCategory, ScreeningLevel } from '@/api/compliance.types';
import type { CampaignChannel, CampaignStatus } from '@/api/outreach.types';

/** Chinese names of the server's vocabularies (statuses, types, framings), one place for every screen. */
export const labels = {
  versionStatus: {
    draft: '草稿',
    pending: '待审批',
    approved: '已通过',
    rejected: '已驳回',
    retired: '已下架',
    expired: '已过期',
  } satisfies Record<ContentVersionStatus, string>,
  materialType: {
    article: '图文文章',
    link: '链接',
    image: '图片',
    file: '文件 / 研报',
    video: '视频',
    mini_program: '小程序',
    poster: '海报',
  } satisfies Record<MaterialType, string>,
  narrative: {
    safety_margin: '安全边际',
    excess_return: '超额收益',
    authority_peer: '权威与同伴背书',
    policy_interpretation: '政策解读',
    data_evidence: '数据实证',
    learning_path: '学习路径',
  } satisfies Record<ContentNarrative, string>,
  variantFraming: {
    gain: '收益框架',
    loss: '损失框架',
    neutral: '中性表述',
  } satisfies Record<VariantFraming, string>,
  lifecycle: {
    prospect: '潜在',
    new: '新客',
    growing: '价值提升',
    changing: '需求变化',
    churn_risk: '流失风险',
    reactivated: '沉默回归',
  } satisfies Record<LifecycleStage, string>,
  valueGroup: {
    high_value: '高价值',
    deepen: '重要深耕',
    potential: '潜力开发',
    maintain: '稳定维系',
  } as Record<string, string>,
  disclaimerType: {
    research_report: '研究报告',
    product: '产品推介',
    market_view: '市场观点',
    education: '投资者教育',
    activity: '活动',
  } satisfies Record<DisclaimerContentType, string>,
  screeningLevel: {
    block: '禁止发送',
    warn: '提示确认',
  } satisfies Record<ScreeningLevel, string>,
  screeningCategory: {
    return_promise: '收益承诺',
    guaranteed_principal: '保本保收益',
    insider_info: '内幕信息',
    stock_tip: '荐股',
    fee_wording: '费率表述',
    exaggeration: '夸大宣传',
    other: '其他',
  } satisfies Record<ScreeningCategory, string>,
  campaignStatus: {
    draft: '草稿',
    scheduled: '已排期',
    planning: '圈选中',
    fanning_out: '下发中',
    running: '执行中',
    completed: '已完成',
    cancelled: '已取消',
    failed: '失败',
  } satisfies Record<CampaignStatus, string>,
  campaignChannel: {
    mass: '客户群发',
    group_mass: '客户群群发',
    moments: '朋友圈',
  } satisfies Record<CampaignChannel, string>,
  exclusionCode: {
    SUITABILITY_MISMATCH: '风险等级不匹配',
    SUITABILITY_ASSESSMENT_EXPIRED: '风险测评已过期',
    FREQUENCY_CAP: '超出发送频次',
    NOT_A_FRIEND: '非企业微信好友',
    NO_ADVISOR: '无服务投顾',
  } as Record<string, string>,
  trait: {
    loss_aversion: '损失厌恶',
    overconfidence: '过度自信',
    herding: '羊群效应',
    mental_accounting: '心理账户',
    framing_sensitivity: '框架敏感',
    instant_gratification: '即时满足',
    social_proof: '社会认同依赖',
    anxiety: '焦虑指数',
  } as Record<string, string>,
  gender: { male: '男', female: '女' } as Record<string, string>,
} as const;

/** Element Plus tag colour for a version status. */
export function versionStatusType(status: ContentVersionStatus): 'info' | 'warning' | 'success' | 'danger' {
  switch (status) {
    case 'pending':
      return 'warning';
    case 'approved':
      return 'success';
    case 'rejected':
      return 'danger';
    default:
      return 'info';
  }
}
