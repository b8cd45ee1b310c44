import { ApiError } from '@/api/api-error';
import type { GateStepDto, ScreeningHitDto } from '@/api/outreach-types';

/** What one tap on 发送 ended in; every branch is something the advisor is told. */
export type SendOutcome =
  | { status: 'sent'; sendId: number; trackedUrl?: string }
  /** The server's send gate refused: nothing reached WeCom. */
  | { status: 'blocked'; code: string; reasonZh: string; hits: ScreeningHitDto[]; steps: GateStepDto[] }
  /** The advisor closed WeCom's confirmation; the record was closed as failed with WeCom's errMsg. */
  | { status: 'cancelled'; sendId: number }
  | { status: 'failed'; messageZh: string; sendId?: number };

/**
 * The codes with which the send gate (server compliance/send-gate) refuses content for this recipient.
 * Anything else (network, 500, 404) is a failure, not a compliance answer.
 */
export const GATE_BLOCK_CODES: ReadonlySet<string> = new Set([
  'CONTENT_NOT_APPROVED',
  'CONTENT_EXPIRED',
  'SUITABILITY_MISMATCH',
  'SUITABILITY_ASSESSMENT_EXPIRED',
  'FREQUENCY_CAP',
  'QUIET_HOURS',
  'SCREENING_BLOCKED',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScreeningHit(value: unknown): value is ScreeningHitDto {
  return isRecord(value) && typeof value.term === 'string' && typeof value.reason === 'string';
}

function isGateStep(value: unknown): value is GateStepDto {
  return isRecord(value) && typeof value.step === 'string' && typeof value.outcome === 'string';
}

/** Gate steps arrive from AppError details with `reason` (server GateStep), the DTO says `reasonZh`. */
function normaliseStep(value: GateStepDto & { reason?: unknown }): GateStepDto {
  const reasonZh = typeof value.reasonZh === 'string' ? value.reasonZh : typeof value.reason === 'string' ? value.reason : '';
  return { step: value.step, outcome: value.outcome, ...(value.code ? { code: value.code } : {}), reasonZh };
}

/** A refused prepare as the advisor should read it: the gate's own sentence, and for screening the words. */
export function blockedOutcomeOf(error: unknown): Extract<SendOutcome, { status: 'blocked' }> | null {
  if (!(error instanceof ApiError) || !GATE_BLOCK_CODES.has(error.code)) return null;
  const details = isRecord(error.details) ? error.details : {};
  const hits = Array.isArray(details.hits) ? details.hits.filter(isScreeningHit) : [];
  const steps = Array.isArray(details.steps) ? details.steps.filter(isGateStep).map(normaliseStep) : [];
  return { status: 'blocked', code: error.code, reasonZh: error.serverMessage || error.messageZh, hits, steps };
}

/** `sendChatMessage:cancel` — the advisor closed the client's confirmation (WECOM.md §1.3). */
export function isCancellation(errMsg: string): boolean {
  return /:cancel\b/.test(errMsg);
}

/** The SDK rejects with `{ errMsg, errCode }`; anything else is stringified. */
export function errMsgOf(error: unknown): string {
  if (isRecord(error) && typeof error.errMsg === 'string') return error.errMsg;
  if (error instanceof Error) return error.message;
  return String(error);
}
