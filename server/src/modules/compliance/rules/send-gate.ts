import type { ClientRiskLevel, ErrorCode, ProductRiskLevel } from '@valuelens/contracts';
import { appendDisclaimer, type DisclaimerContentType, type DisclaimerOptions } from './disclaimers.js';
import {
  DEFAULT_FREQUENCY_POLICY,
  decideFrequency,
  type FrequencyPolicy,
  type PastSend,
  type SendChannel,
} from './frequency-budget.js';
import type { Screener } from './screening/screener.js';
import type { ScreeningHit, ScreeningResult } from './screening/screening.types.js';
import { decideSendability, type ContentVersionState } from './sendability.js';
import { decideSuitability } from './suitability.js';

/**
 * The one decision every send passes through (DESIGN §4, main job step 2). Steps are evaluated in a
 * fixed order and all of them run, so the sidebar can show every problem at once; the first blocking
 * step is the answer. The order goes from what the advisor cannot change (approval of the content, the
 * client's suitability) to what they can fix now (their own wording) to what only time fixes (budget).
 */

export type GateStepName = 'approval' | 'suitability' | 'screening' | 'frequency';

export interface GateStep {
  step: GateStepName;
  outcome: 'pass' | 'warn' | 'block';
  code?: ErrorCode;
  reason: string;
}

export interface GateWarning {
  step: GateStepName;
  reason: string;
  hit?: ScreeningHit;
}

export interface SendGateInput {
  now: Date;
  content: ContentVersionState & {
    riskLevel: ProductRiskLevel | null;
    isProduct: boolean;
    /** When given, the outgoing text gets this type's disclaimer. */
    contentType?: DisclaimerContentType;
  };
  client: { riskLevel: ClientRiskLevel | null; assessmentExpiresAt: Date | null };
  send: {
    channel: SendChannel;
    memberId?: string | null;
    liveConversation?: boolean;
    history: readonly PastSend[];
    policy?: FrequencyPolicy;
  };
  /** Text the advisor typed or edited; approved content itself was screened at review. */
  advisorText?: string | null;
  screener: Screener;
  disclaimer?: DisclaimerOptions;
}

export interface SendGateResult {
  allowed: boolean;
  /** The first blocking step, with its stable error code. */
  blocking: GateStep | null;
  warnings: GateWarning[];
  /** Every step in evaluation order. */
  steps: GateStep[];
  screening: ScreeningResult | null;
  nextAllowedAt?: Date;
  /** The advisor's text with the disclaimer appended once, ready to send. */
  outgoingText: string | null;
}

export function evaluateSendGate(input: SendGateInput): SendGateResult {
  const { now, content, client, send } = input;

  const sendability = decideSendability(content, now);
  const suitability = decideSuitability({
    clientRisk: client.riskLevel,
    assessmentExpiresAt: client.assessmentExpiresAt,
    contentRisk: content.riskLevel,
    isProductContent: content.isProduct,
    now,
  });
  const screening = input.advisorText ? input.screener.screen(input.advisorText) : null;
  const plannedSend = {
    at: now,
    channel: send.channel,
    memberId: send.memberId ?? null,
    liveConversation: send.liveConversation ?? false,
  };
  const frequency = decideFrequency(send.history, plannedSend, send.policy ?? DEFAULT_FREQUENCY_POLICY);

  const steps: GateStep[] = [
    { step: 'approval', ...outcomeOf(sendability.sendable, sendability.code), reason: sendability.reason },
    { step: 'suitability', ...outcomeOf(suitability.allowed, suitability.code), reason: suitability.reason },
    screeningStep(screening),
    { step: 'frequency', ...outcomeOf(frequency.allowed, frequency.code), reason: frequency.reason },
  ];
  const blocking = steps.find((step) => step.outcome === 'block') ?? null;
  const warnings: GateWarning[] = (screening?.hits ?? [])
    .filter((hit) => hit.level === 'warn')
    .map((hit) => ({ step: 'screening', reason: `「${hit.term}」：${hit.reason}`, hit }));

  return {
    allowed: blocking === null,
    blocking,
    warnings,
    steps,
    screening,
    ...(frequency.nextAllowedAt ? { nextAllowedAt: frequency.nextAllowedAt } : {}),
    outgoingText: outgoingText(input),
  };
}

function outcomeOf(passed: boolean, code: ErrorCode | undefined): Pick<GateStep, 'outcome' | 'code'> {
  return passed || code === undefined ? { outcome: 'pass' } : { outcome: 'block', code };
}

function screeningStep(screening: ScreeningResult | null): GateStep {
  if (screening === null) return { step: 'screening', outcome: 'pass', reason: '没有需要筛查的自编文字。' };
  const terms = (level: ScreeningHit['level']) =>
    [...new Set(screening.hits.filter((hit) => hit.level === level).map((hit) => `「${hit.term}」`))].join('');
  switch (screening.verdict) {
    case 'block':
      return {
        step: 'screening',
        outcome: 'block',
        code: 'SCREENING_BLOCKED',
        reason: `内容包含禁用表述${terms('block')}，请修改后再发送。`,
      };
    case 'warn':
      return { step: 'screening', outcome: 'warn', reason: `内容包含需谨慎使用的表述${terms('warn')}，请确认后发送。` };
    case 'pass':
      return { step: 'screening', outcome: 'pass', reason: '自编文字未发现禁用表述。' };
  }
}

function outgoingText(input: SendGateInput): string | null {
  const text = input.advisorText ?? null;
  if (text === null || input.content.contentType === undefined) return text;
  return appendDisclaimer(
    text,
    input.content.contentType,
    { validUntil: input.content.validUntil, riskLevel: input.content.riskLevel },
    input.disclaimer,
  );
}
