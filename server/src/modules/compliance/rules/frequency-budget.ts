import {
  DAY_MS,
  daysInShanghaiMonth,
  formatShanghaiDateTime,
  parseClockTime,
  shanghaiParts,
  startOfNextShanghaiMonth,
  startOfShanghaiDay,
  startOfShanghaiMonth,
  startOfShanghaiWeek,
} from './shanghai-time.js';

/**
 * Frequency budget (DESIGN §3): the brokerage's own per-client caps and quiet hours, plus the caps WeCom
 * enforces itself (WECOM.md §4.4), so a send is refused here with a reason instead of failing silently at
 * WeCom. All calendar periods are natural Asia/Shanghai days, Monday-based weeks and months.
 */

export type SendChannel = 'chat' | 'mass' | 'moments' | 'share';

export interface PastSend {
  at: Date;
  channel: SendChannel;
  /** The WeCom member (advisor) who sent it; needed for WeCom's per-member share limit. */
  memberId?: string | null;
}

export interface PlannedSend {
  at: Date;
  channel: SendChannel;
  memberId?: string | null;
  /**
   * A 1:1 chat message the advisor sends while the client is talking to them. The client started the
   * conversation, so quiet hours do not apply; the message still counts toward later budgets.
   */
  liveConversation?: boolean;
}

/** WeCom 群发助手 receiving rule, chosen by the corp admin [official 92135]. */
export type WecomMassQuotaRule = 'days_in_month' | 'seven_per_week' | 'one_per_day';

export interface FrequencyPolicy {
  caps: { perDay: number | null; perWeek: number | null; perMonth: number | null };
  /** Local Asia/Shanghai times "HH:mm"; the window may wrap midnight. Start inclusive, end exclusive. */
  quietHours: { start: string; end: string } | null;
  /** Channels that reach the client directly and so count toward the brokerage caps. */
  cappedChannels: readonly SendChannel[];
  /** Whether a live-conversation reply may exceed the caps (it is still counted either way). */
  liveConversationExemptFromCaps: boolean;
  wecomMassQuota: WecomMassQuotaRule;
}

export const DEFAULT_FREQUENCY_POLICY: FrequencyPolicy = {
  caps: { perDay: 3, perWeek: 10, perMonth: 30 },
  quietHours: { start: '22:00', end: '08:00' },
  // A moments post is not delivered into the client's chat, so it does not spend the client's budget.
  cappedChannels: ['chat', 'mass', 'share'],
  liveConversationExemptFromCaps: true,
  wecomMassQuota: 'days_in_month',
};

export type FrequencyCode = 'FREQUENCY_CAP' | 'QUIET_HOURS';

export interface FrequencyDecision {
  allowed: boolean;
  code?: FrequencyCode;
  reason: string;
  nextAllowedAt?: Date;
}

interface Period {
  start: Date;
  end: Date;
}

interface Violation {
  reason: string;
  resetAt: Date;
}

/** WeCom mass-send receiving quota counts both server mass-sends and JS-SDK shares (both are 群发). */
const WECOM_MASS_CHANNELS: readonly SendChannel[] = ['mass', 'share'];

export function decideFrequency(
  history: readonly PastSend[],
  planned: PlannedSend,
  policy: FrequencyPolicy = DEFAULT_FREQUENCY_POLICY,
): FrequencyDecision {
  const isLiveChat = planned.channel === 'chat' && planned.liveConversation === true;
  const violations = [
    ...wecomViolations(history, planned, policy.wecomMassQuota),
    ...(isLiveChat && policy.liveConversationExemptFromCaps ? [] : policyCapViolations(history, planned, policy)),
  ];
  const quiet = isLiveChat ? null : policy.quietHours;

  const binding = violations.sort((a, b) => b.resetAt.getTime() - a.resetAt.getTime())[0];
  if (binding) {
    const nextAllowedAt = quiet ? leaveQuietHours(binding.resetAt, quiet) : binding.resetAt;
    return {
      allowed: false,
      code: 'FREQUENCY_CAP',
      reason: `${binding.reason}${formatShanghaiDateTime(nextAllowedAt)}后可再发送。`,
      nextAllowedAt,
    };
  }
  if (quiet && isInQuietHours(planned.at, quiet)) {
    const nextAllowedAt = leaveQuietHours(planned.at, quiet);
    return {
      allowed: false,
      code: 'QUIET_HOURS',
      reason: `当前为客户免打扰时段（${quiet.start}–${quiet.end}），请于${formatShanghaiDateTime(nextAllowedAt)}后发送。`,
      nextAllowedAt,
    };
  }
  return {
    allowed: true,
    reason: isLiveChat ? '客户正在会话中，本条回复不受免打扰时段限制，计入发送频次。' : '未超出发送频次，且不在免打扰时段。',
  };
}

function wecomViolations(history: readonly PastSend[], planned: PlannedSend, rule: WecomMassQuotaRule): Violation[] {
  const violations: Violation[] = [];
  if (WECOM_MASS_CHANNELS.includes(planned.channel)) {
    const { period, limit, label } = wecomQuotaWindow(planned.at, rule);
    const received = countIn(history, period, WECOM_MASS_CHANNELS);
    if (received >= limit) {
      violations.push({ reason: `企业微信规定${label}，该客户已接收${received}条，`, resetAt: period.end });
    }
  }
  // "同一个成员每日向一个客户最多可群发一条消息" (shareToExternalContact, WECOM.md §1.3/§4.4). A past share
  // without a member id is assumed to be this member's, so an unknown record never lets a send through.
  if (planned.channel === 'share') {
    const today = dayOf(planned.at);
    const sharedToday = history.some(
      (send) =>
        send.channel === 'share' &&
        within(send.at, today) &&
        (send.memberId == null || planned.memberId == null || send.memberId === planned.memberId),
    );
    if (sharedToday) {
      violations.push({ reason: '企业微信限制同一成员每天只能向同一客户分享一次群发消息，今日已分享，', resetAt: today.end });
    }
  }
  return violations;
}

function wecomQuotaWindow(at: Date, rule: WecomMassQuotaRule): { period: Period; limit: number; label: string } {
  switch (rule) {
    case 'days_in_month': {
      const days = daysInShanghaiMonth(at);
      return { period: monthOf(at), limit: days, label: `每位客户每月最多接收当月天数（本月${days}条）的群发消息` };
    }
    case 'seven_per_week':
      return { period: weekOf(at), limit: 7, label: '每位客户每周最多接收7条群发消息' };
    case 'one_per_day':
      return { period: dayOf(at), limit: 1, label: '每位客户每天最多接收1条群发消息' };
  }
}

function policyCapViolations(history: readonly PastSend[], planned: PlannedSend, policy: FrequencyPolicy): Violation[] {
  if (!policy.cappedChannels.includes(planned.channel)) return [];
  const windows: Array<{ cap: number | null; period: Period; label: string }> = [
    { cap: policy.caps.perDay, period: dayOf(planned.at), label: '今日' },
    { cap: policy.caps.perWeek, period: weekOf(planned.at), label: '本周' },
    { cap: policy.caps.perMonth, period: monthOf(planned.at), label: '本月' },
  ];
  const violations: Violation[] = [];
  for (const { cap, period, label } of windows) {
    if (cap === null) continue;
    const sent = countIn(history, period, policy.cappedChannels);
    if (sent >= cap) {
      violations.push({ reason: `${label}已向该客户发送${sent}条，达到上限${cap}条，`, resetAt: period.end });
    }
  }
  return violations;
}

export function isInQuietHours(at: Date, quiet: { start: string; end: string }): boolean {
  const start = parseClockTime(quiet.start);
  const end = parseClockTime(quiet.end);
  const minute = shanghaiParts(at).minuteOfDay;
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The first instant at or after `at` outside the quiet window. */
function leaveQuietHours(at: Date, quiet: { start: string; end: string }): Date {
  if (!isInQuietHours(at, quiet)) return at;
  const endMinute = parseClockTime(quiet.end);
  const todayEnd = new Date(startOfShanghaiDay(at).getTime() + endMinute * 60_000);
  return todayEnd.getTime() > at.getTime() ? todayEnd : new Date(todayEnd.getTime() + DAY_MS);
}

function countIn(history: readonly PastSend[], period: Period, channels: readonly SendChannel[]): number {
  return history.filter((send) => channels.includes(send.channel) && within(send.at, period)).length;
}

function within(at: Date, period: Period): boolean {
  return at.getTime() >= period.start.getTime() && at.getTime() < period.end.getTime();
}

function dayOf(at: Date): Period {
  const start = startOfShanghaiDay(at);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

function weekOf(at: Date): Period {
  const start = startOfShanghaiWeek(at);
  return { start, end: new Date(start.getTime() + 7 * DAY_MS) };
}

function monthOf(at: Date): Period {
  return { start: startOfShanghaiMonth(at), end: startOfNextShanghaiMonth(at) };
}
