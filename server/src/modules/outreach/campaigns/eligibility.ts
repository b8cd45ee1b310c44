import type { ClientRiskLevel, ProductRiskLevel } from '@valuelens/contracts';
import { decideFrequency, type FrequencyPolicy, type PastSend } from '../../compliance/rules/frequency-budget.js';
import { decideSuitability } from '../../compliance/rules/suitability.js';
import type { ExclusionCode } from './campaign.entities.js';

/**
 * Who of an audience receives a mass message, from whom, and why not (DESIGN §4 data flow 4). Uses the
 * compliance rules the send gate uses (decideSuitability, decideFrequency), applied per client in bulk.
 */

export interface ClientFacts {
  id: number;
  name: string;
  externalUserId: string | null;
  riskLevel: ClientRiskLevel | null;
  riskExpiresAt: Date | null;
}

export interface FollowFacts {
  clientId: number;
  staffId: number;
  state: string;
  addTime: Date | null;
  staffActive: boolean;
  wecomUserId: string | null;
}

export interface EligibilityRules {
  now: Date;
  contentRisk: ProductRiskLevel | null;
  isProductContent: boolean;
  policy: FrequencyPolicy;
  channel: 'mass' | 'share';
  /** An advisor's own mass send: only that advisor may be the sender. */
  onlyStaffId: number | null;
}

export type RecipientDecision =
  | { clientId: number; eligible: true; staffId: number; wecomUserId: string; externalUserId: string }
  | { clientId: number; eligible: false; staffId: number | null; code: ExclusionCode; reason: string };

export function decideRecipient(client: ClientFacts, follows: readonly FollowFacts[], history: readonly PastSend[], rules: EligibilityRules): RecipientDecision {
  const sender = chooseSender(client, follows, rules.onlyStaffId);
  if ('code' in sender) return { clientId: client.id, eligible: false, ...sender };
  const suitability = decideSuitability({
    clientRisk: client.riskLevel,
    assessmentExpiresAt: client.riskExpiresAt,
    contentRisk: rules.contentRisk,
    isProductContent: rules.isProductContent,
    now: rules.now,
  });
  if (!suitability.allowed && suitability.code) {
    return { clientId: client.id, eligible: false, staffId: sender.staffId, code: suitability.code, reason: suitability.reason };
  }
  const frequency = decideFrequency(history, { at: rules.now, channel: rules.channel, memberId: sender.wecomUserId }, rules.policy);
  // Quiet hours are not a reason to leave someone out: the message goes out when the advisor confirms it
  // in WeCom, during their working day; only the budget (the brokerage's caps and WeCom's quota) excludes.
  if (!frequency.allowed && frequency.code === 'FREQUENCY_CAP') {
    return { clientId: client.id, eligible: false, staffId: sender.staffId, code: 'FREQUENCY_CAP', reason: frequency.reason };
  }
  return { clientId: client.id, eligible: true, staffId: sender.staffId, wecomUserId: sender.wecomUserId, externalUserId: client.externalUserId! };
}

type SenderChoice = { staffId: number; wecomUserId: string } | { staffId: number | null; code: ExclusionCode; reason: string };

/**
 * The advisor the client hears from: among active WeCom follow relations of active staff, the most
 * recently added one — WeCom itself delivers a mass message only from "最后跟客户进行聊天互动的企业成员".
 */
function chooseSender(client: ClientFacts, follows: readonly FollowFacts[], onlyStaffId: number | null): SenderChoice {
  const relevant = onlyStaffId === null ? follows : follows.filter((f) => f.staffId === onlyStaffId);
  const usable = relevant
    .filter((f): f is FollowFacts & { wecomUserId: string } => f.state === 'active' && f.staffActive && f.wecomUserId !== null)
    .sort((a, b) => (b.addTime?.getTime() ?? 0) - (a.addTime?.getTime() ?? 0) || a.staffId - b.staffId);
  const chosen = usable[0];
  if (!client.externalUserId) {
    return { staffId: chosen?.staffId ?? null, code: 'NOT_A_FRIEND', reason: '客户没有企业微信外部联系人身份，无法通过企业微信群发送达。' };
  }
  if (chosen) return { staffId: chosen.staffId, wecomUserId: chosen.wecomUserId };
  const lapsed = relevant.find((f) => f.state !== 'active');
  if (lapsed) return { staffId: lapsed.staffId, code: 'NOT_A_FRIEND', reason: '客户已不是投顾的企业微信好友（已删除或已流失）。' };
  return { staffId: null, code: 'NO_ADVISOR', reason: '客户没有可用的服务投顾（未绑定、投顾已停用或未开通企业微信）。' };
}
