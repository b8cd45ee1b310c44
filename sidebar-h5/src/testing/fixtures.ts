import type { AlertDto } from '@/api/feed-types';
import type { CheckSendResultDto, SentVersionDto } from '@/api/outreach-types';
import type { ClientHeaderDto, SidebarProfileDto } from '@/api/portrait-types';

/* Test-only: server answers in the documented shapes, with defaults a test overrides as it needs. */

export const CLIENT: ClientHeaderDto = {
  id: 42,
  name: '张伟',
  avatar: null,
  gender: 'male',
  ageBand: '45-54岁',
  riskLevel: 'C3',
  riskExpiresAt: '2000-01-01T00:00:00.000Z',
  riskAssessmentExpired: true,
  phoneMasked: '138****5678',
  remark: '老客户',
  followedSince: '2024-03-02T02:00:00.000Z',
};

export function makeProfile(overrides: Partial<SidebarProfileDto> = {}): SidebarProfileDto {
  return {
    client: CLIENT,
    portrait: {
      summaryZh: '张伟重视本金安全，回撤时容易焦虑，适合用安全边际的叙事沟通。',
      computedAt: '2026-11-20T08:00:00.000Z',
      ruleVersion: 'v3',
      lifecycle: { id: 'value_growth', labelZh: '价值提升' },
      valueGroup: { id: 'important', labelZh: '重要深耕' },
      framing: { id: 'safety_margin', labelZh: '安全边际' },
      format: { id: 'deep_report', labelZh: '深度报告' },
      values: [
        { archetype: 'security', labelZh: '稳健守护', weight: 0.46, evidence: { labelZh: '稳健守护：损失厌恶、低风险产品占比', values: { score: 2.06, loss_aversion: 78.4, low_risk_share: 0.34 }, refs: [] } },
        { archetype: 'value', labelZh: '价值投资派', weight: 0.31, evidence: { labelZh: '价值投资派：基本面阅读占比', values: { score: 1.2, topic_fundamental: 0.4 }, refs: [] } },
        { archetype: 'growth', labelZh: '进取增值', weight: 0.23, evidence: { labelZh: '进取增值：权益类占比', values: { score: 0.9, equity_share: 0.6 }, refs: [] } },
      ],
      psychology: [
        {
          trait: 'loss_aversion',
          labelZh: '损失厌恶',
          score: 78,
          confidence: 0.8,
          evidence: [{ labelZh: '处置效应：盈利实现比例62%，亏损实现比例18%', values: { pgr: 0.62, plr: 0.18 }, refs: [] }],
        },
        { trait: 'herding', labelZh: '羊群效应', score: 22, confidence: 0.5, evidence: [] },
      ],
      behaviour: [
        { metric: 'aum', labelZh: '资产规模', value: 1_230_000, evidence: { labelZh: '资产123万', values: { aum: 1_230_000 }, refs: ['600519', 'F00024'] } },
        { metric: 'drawdown', labelZh: '当前回撤', value: 0.12, evidence: { labelZh: '回撤12%', values: { drawdown: 0.12 }, refs: [] } },
      ],
      triggers: [],
      trajectory: null,
    },
    tags: [
      { tagKey: 'security', labelZh: '稳健守护', layer: 'values', source: 'computed', score: 46 },
      { tagKey: 'custom_kid', labelZh: '子女教育', layer: 'custom', source: 'manual' },
    ],
    alerts: [],
    recommendations: [],
    ...overrides,
  };
}

export const VERSION: SentVersionDto = {
  kind: 'material',
  contentId: 9,
  versionId: 90,
  versionNo: 2,
  title: '白酒行业深度报告',
  status: 'approved',
  approvedBy: { id: 3, name: '合规李' },
  approvedAt: '2026-11-01T00:00:00.000Z',
  validUntil: '2026-12-31T00:00:00.000Z',
  variant: null,
};

export function makeCheck(overrides: Partial<CheckSendResultDto> = {}): CheckSendResultDto {
  return {
    allowed: true,
    reasonZh: '可以发送',
    nextAllowedAt: null,
    steps: [],
    warnings: [],
    screeningHits: [],
    version: VERSION,
    outgoingText: '行业景气度回升，附深度报告供参考。',
    ...overrides,
  };
}

export function makeAlert(overrides: Partial<AlertDto> = {}): AlertDto {
  return {
    id: 5,
    clientId: 42,
    clientName: '张伟',
    staffId: 7,
    ruleKey: 'high_intent',
    ruleLabelZh: '高意向',
    status: 'new',
    evidence: { summaryZh: '阅读产品资料《白酒行业深度》3分0秒', numbers: { seconds: 180 }, refs: [] },
    suggestionZh: '24小时内电话回访，介绍相关产品',
    suggestedScript: { id: 11, title: '高意向回访话术' },
    createdAt: '2026-11-20T08:00:00.000Z',
    seenAt: null,
    handledAt: null,
    handledNote: null,
    ...overrides,
  };
}
