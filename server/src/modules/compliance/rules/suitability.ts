import type { ClientRiskLevel, ProductRiskLevel } from '@valuelens/contracts';
import { formatShanghaiDate } from './shanghai-time.js';

/**
 * Suitability gate (适当性, DESIGN §3), after 《证券期货投资者适当性管理办法》: a client assessed C_n may
 * receive product content rated R1..R_n; a client with no valid assessment receives no product content.
 * Educational content (no risk rating, not about a product) is for everyone.
 */

export type SuitabilityCode = 'SUITABILITY_MISMATCH' | 'SUITABILITY_ASSESSMENT_EXPIRED';

export interface SuitabilityInput {
  clientRisk: ClientRiskLevel | null;
  assessmentExpiresAt: Date | null;
  contentRisk: ProductRiskLevel | null;
  isProductContent: boolean;
  now: Date;
}

export interface SuitabilityDecision {
  allowed: boolean;
  code?: SuitabilityCode;
  /** A Chinese sentence the sidebar and the exclusion report show as is. */
  reason: string;
}

const levelNumber = (level: ClientRiskLevel | ProductRiskLevel): number => Number(level.slice(1));

export function decideSuitability(input: SuitabilityInput): SuitabilityDecision {
  const { clientRisk, assessmentExpiresAt, contentRisk, isProductContent, now } = input;
  if (!isProductContent && contentRisk === null) {
    return { allowed: true, reason: '投资者教育类内容，不涉及具体产品，适用于所有客户。' };
  }
  if (clientRisk === null) {
    return {
      allowed: false,
      code: 'SUITABILITY_ASSESSMENT_EXPIRED',
      reason: '客户尚未完成风险承受能力测评，不能发送产品或带风险等级的内容。',
    };
  }
  // An assessment without a recorded expiry cannot be shown to be valid, so it is treated as lapsed.
  if (assessmentExpiresAt === null || assessmentExpiresAt.getTime() <= now.getTime()) {
    const when = assessmentExpiresAt ? `已于${formatShanghaiDate(assessmentExpiresAt)}过期` : '没有有效期记录';
    return {
      allowed: false,
      code: 'SUITABILITY_ASSESSMENT_EXPIRED',
      reason: `客户风险测评${when}，请提醒客户重新测评后再发送产品类内容。`,
    };
  }
  if (contentRisk === null) {
    return {
      allowed: false,
      code: 'SUITABILITY_MISMATCH',
      reason: '产品类内容未标注风险等级，无法判断适当性，请联系总部补充风险等级。',
    };
  }
  if (levelNumber(contentRisk) > levelNumber(clientRisk)) {
    return {
      allowed: false,
      code: 'SUITABILITY_MISMATCH',
      reason:
        `客户风险承受能力为${clientRisk}，内容风险等级为${contentRisk}，超出客户可承受范围` +
        `（${clientRisk}仅可接收R1至R${levelNumber(clientRisk)}）。`,
    };
  }
  return { allowed: true, reason: `客户风险承受能力${clientRisk}与内容风险等级${contentRisk}匹配。` };
}

export interface AudienceMember {
  id: string;
  clientRisk: ClientRiskLevel | null;
  assessmentExpiresAt: Date | null;
}

export interface AudienceContent {
  contentRisk: ProductRiskLevel | null;
  isProductContent: boolean;
}

export interface AudienceExclusion {
  id: string;
  code: SuitabilityCode;
  reason: string;
}

export interface AudienceSuitability {
  allowedIds: string[];
  excluded: AudienceExclusion[];
}

/** Mass-send audiences drop unsuitable clients and report who was excluded and why (DESIGN §3). */
export function filterAudienceBySuitability(
  members: readonly AudienceMember[],
  content: AudienceContent,
  now: Date,
): AudienceSuitability {
  const result: AudienceSuitability = { allowedIds: [], excluded: [] };
  for (const member of members) {
    const decision = decideSuitability({ ...content, ...member, now });
    if (decision.allowed) {
      result.allowedIds.push(member.id);
    } else {
      result.excluded.push({ id: member.id, code: decision.code ?? 'SUITABILITY_MISMATCH', reason: decision.reason });
    }
  }
  return result;
}
