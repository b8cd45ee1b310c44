import {
  DEFAULT_FREQUENCY_POLICY,
  decideFrequency,
  type FrequencyPolicy,
  type PastSend,
  type PlannedSend,
  type SendChannel,
} from './frequency-budget.js';

/** Asia/Shanghai wall-clock time → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);
const sends = (channel: SendChannel, ...locals: string[]): PastSend[] =>
  locals.map((local) => ({ at: sh(local), channel }));
const plan = (local: string, channel: SendChannel, extra: Partial<PlannedSend> = {}): PlannedSend => ({
  at: sh(local),
  channel,
  ...extra,
});

const UNCAPPED: FrequencyPolicy = {
  ...DEFAULT_FREQUENCY_POLICY,
  caps: { perDay: null, perWeek: null, perMonth: null },
  quietHours: null,
};
const policy = (overrides: Partial<FrequencyPolicy>): FrequencyPolicy => ({
  ...DEFAULT_FREQUENCY_POLICY,
  ...overrides,
});

describe('decideFrequency — quiet hours (22:00–08:00 Asia/Shanghai)', () => {
  it('should allow a send at 21:59', () => {
    expect(decideFrequency([], { at: sh('2026-11-20T21:59:59'), channel: 'mass' }).allowed).toBe(true);
  });

  it('should refuse a send at 22:00 exactly and name the next morning', () => {
    const decision = decideFrequency([], { at: sh('2026-11-20T22:00:00'), channel: 'mass' });
    expect(decision).toMatchObject({ allowed: false, code: 'QUIET_HOURS' });
    expect(decision.nextAllowedAt).toEqual(sh('2026-11-21T08:00:00'));
    expect(decision.reason).toContain('2026年11月21日 08:00');
  });

  it('should refuse at 07:59 and allow at 08:00', () => {
    const early = decideFrequency([], { at: sh('2026-11-21T07:59:00'), channel: 'chat' });
    expect(early.nextAllowedAt).toEqual(sh('2026-11-21T08:00:00'));
    expect(decideFrequency([], { at: sh('2026-11-21T08:00:00'), channel: 'chat' }).allowed).toBe(true);
  });

  it('should judge by Shanghai time, not UTC (23:00 Shanghai is 15:00 UTC)', () => {
    expect(decideFrequency([], { at: new Date('2026-11-20T15:00:00Z'), channel: 'share' }).code).toBe('QUIET_HOURS');
  });

  it('should support a window that does not wrap midnight', () => {
    const lunch = policy({ quietHours: { start: '12:00', end: '13:30' } });
    expect(decideFrequency([], { at: sh('2026-11-20T12:45:00'), channel: 'mass' }, lunch).nextAllowedAt).toEqual(
      sh('2026-11-20T13:30:00'),
    );
    expect(decideFrequency([], { at: sh('2026-11-20T23:00:00'), channel: 'mass' }, lunch).allowed).toBe(true);
  });
});

describe('decideFrequency — live 1:1 conversation', () => {
  it('should let the advisor reply in a live chat during quiet hours', () => {
    const decision = decideFrequency([], { at: sh('2026-11-20T23:30:00'), channel: 'chat', liveConversation: true });
    expect(decision.allowed).toBe(true);
  });

  it('should still count live-chat messages toward a later proactive send', () => {
    const history = sends('chat', '2026-11-20T23:10:00', '2026-11-20T23:20:00', '2026-11-20T23:30:00');
    const reply = decideFrequency(history, { at: sh('2026-11-20T23:40:00'), channel: 'chat', liveConversation: true });
    expect(reply.allowed).toBe(true);
    const proactive = decideFrequency(history, { at: sh('2026-11-20T21:00:00'), channel: 'mass' });
    expect(proactive).toMatchObject({ allowed: false, code: 'FREQUENCY_CAP' });
  });

  it('should cap live-chat messages when the policy says so', () => {
    const history = sends('chat', '2026-11-20T10:00:00', '2026-11-20T10:05:00', '2026-11-20T10:10:00');
    const strict = policy({ liveConversationExemptFromCaps: false });
    const decision = decideFrequency(history, plan('2026-11-20T23:00:00', 'chat', { liveConversation: true }), strict);
    expect(decision.code).toBe('FREQUENCY_CAP');
  });

  it('should not exempt a mass send that claims to be a live conversation', () => {
    expect(decideFrequency([], { at: sh('2026-11-20T23:00:00'), channel: 'mass', liveConversation: true }).code).toBe(
      'QUIET_HOURS',
    );
  });
});

describe('decideFrequency — brokerage caps', () => {
  const capped = policy({ caps: { perDay: 2, perWeek: 4, perMonth: 6 } });

  it('should refuse the third send of a day and reopen after quiet hours the next morning', () => {
    const history = sends('chat', '2026-11-20T09:00:00', '2026-11-20T15:00:00');
    const decision = decideFrequency(history, { at: sh('2026-11-20T16:00:00'), channel: 'chat' }, capped);
    expect(decision).toMatchObject({ allowed: false, code: 'FREQUENCY_CAP' });
    expect(decision.nextAllowedAt).toEqual(sh('2026-11-21T08:00:00'));
    expect(decision.reason).toContain('今日');
  });

  it('should not count yesterday toward today', () => {
    const history = sends('chat', '2026-11-19T09:00:00', '2026-11-19T15:00:00');
    expect(decideFrequency(history, { at: sh('2026-11-20T09:00:00'), channel: 'chat' }, capped).allowed).toBe(true);
  });

  it('should apply the weekly cap until Monday morning', () => {
    // Mon 16th … Thu 19th, one per day; Friday 20th is the fifth.
    const history = sends('mass', ...[16, 17, 18, 19].map((day) => `2026-11-${day}T10:00:00`));
    const decision = decideFrequency(history, { at: sh('2026-11-20T10:00:00'), channel: 'chat' }, capped);
    expect(decision.nextAllowedAt).toEqual(sh('2026-11-23T08:00:00'));
  });

  it('should report the latest reset when several caps are hit', () => {
    const history = sends('chat', ...['02', '03', '09', '10', '23'].map((day) => `2026-11-${day}T10:00:00`));
    history.push(...sends('chat', '2026-11-23T11:00:00'));
    const decision = decideFrequency(history, { at: sh('2026-11-23T12:00:00'), channel: 'chat' }, capped);
    expect(decision.nextAllowedAt).toEqual(sh('2026-12-01T08:00:00'));
    expect(decision.reason).toContain('本月');
  });

  it('should not spend the budget on moments posts', () => {
    const history = sends('moments', '2026-11-20T09:00:00', '2026-11-20T10:00:00', '2026-11-20T11:00:00');
    expect(decideFrequency(history, { at: sh('2026-11-20T12:00:00'), channel: 'chat' }, capped).allowed).toBe(true);
  });
});

describe('decideFrequency — WeCom receiving quota (days in month)', () => {
  const massSends = (month: string, count: number) =>
    sends('mass', ...Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}T10:00:00`));
  const withQuietHours = policy({ ...UNCAPPED, quietHours: { start: '22:00', end: '08:00' } });

  it.each([
    ['2026-02', 28, '2026-03-01'],
    ['2026-04', 30, '2026-05-01'],
    ['2026-01', 31, '2026-02-01'],
  ])('should allow %s up to %i messages and refuse the next until %s 08:00', (month, days, nextMonth) => {
    const at = sh(`${month}-${days}T20:00:00`);
    expect(decideFrequency(massSends(month, days - 1), { at, channel: 'mass' }, UNCAPPED).allowed).toBe(true);
    const full = decideFrequency(massSends(month, days), { at, channel: 'mass' }, withQuietHours);
    expect(full).toMatchObject({ allowed: false, code: 'FREQUENCY_CAP' });
    expect(full.nextAllowedAt).toEqual(sh(`${nextMonth}T08:00:00`));
    expect(full.reason).toContain(`本月${days}条`);
  });

  it('should count JS-SDK shares toward the quota but not 1:1 chat', () => {
    const history = [
      ...massSends('2026-02', 27),
      ...sends('share', '2026-02-28T09:00:00'),
      ...sends('chat', '2026-02-28T09:30:00'),
    ];
    expect(decideFrequency(history, { at: sh('2026-02-28T12:00:00'), channel: 'mass' }, UNCAPPED).allowed).toBe(false);
    expect(decideFrequency(history, { at: sh('2026-02-28T12:00:00'), channel: 'chat' }, UNCAPPED).allowed).toBe(true);
  });

  it('should follow the seven-per-week and one-per-day settings', () => {
    const weekly = policy({ ...UNCAPPED, wecomMassQuota: 'seven_per_week' });
    const seven = massSends('2026-11', 7).map((send, i) => ({ ...send, at: sh(`2026-11-${16 + (i % 7)}T10:00:00`) }));
    expect(decideFrequency(seven, { at: sh('2026-11-22T20:00:00'), channel: 'mass' }, weekly).nextAllowedAt).toEqual(
      sh('2026-11-23T00:00:00'),
    );
    const daily = policy({ ...UNCAPPED, wecomMassQuota: 'one_per_day' });
    const second = decideFrequency(sends('mass', '2026-11-20T09:00:00'), plan('2026-11-20T20:00:00', 'mass'), daily);
    expect(second.code).toBe('FREQUENCY_CAP');
  });
});

describe('decideFrequency — WeCom share limit (1 per member per customer per day)', () => {
  const shared = [{ at: sh('2026-11-20T09:00:00'), channel: 'share' as const, memberId: 'zhangsan' }];

  it('should refuse a second share by the same member on the same day', () => {
    const decision = decideFrequency(shared, plan('2026-11-20T15:00:00', 'share', { memberId: 'zhangsan' }), UNCAPPED);
    expect(decision).toMatchObject({ allowed: false, code: 'FREQUENCY_CAP' });
    expect(decision.nextAllowedAt).toEqual(sh('2026-11-21T00:00:00'));
  });

  it('should allow another member, or the same member the next day', () => {
    const otherMember = plan('2026-11-20T15:00:00', 'share', { memberId: 'lisi' });
    const nextDay = plan('2026-11-21T09:00:00', 'share', { memberId: 'zhangsan' });
    expect(decideFrequency(shared, otherMember, UNCAPPED).allowed).toBe(true);
    expect(decideFrequency(shared, nextDay, UNCAPPED).allowed).toBe(true);
  });

  it('should assume an unattributed past share was this member', () => {
    const unknown = [{ at: sh('2026-11-20T09:00:00'), channel: 'share' as const }];
    const planned = plan('2026-11-20T15:00:00', 'share', { memberId: 'lisi' });
    expect(decideFrequency(unknown, planned, UNCAPPED).allowed).toBe(false);
  });
});
