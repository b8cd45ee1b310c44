import { DEFAULT_FREQUENCY_POLICY } from '../../compliance/rules/frequency-budget.js';
import { type ClientFacts, decideRecipient, type EligibilityRules, type FollowFacts } from './eligibility.js';

const now = new Date('2026-11-18T02:00:00.000Z'); // a Wednesday, 10:00 in Shanghai
const valid = new Date(now.getTime() + 365 * 86_400_000);
const client = (overrides: Partial<ClientFacts> = {}): ClientFacts => ({ id: 1, name: '王强', externalUserId: 'wm1', riskLevel: 'C3', riskExpiresAt: valid, ...overrides });
const follow = (staffId: number, overrides: Partial<FollowFacts> = {}): FollowFacts => ({
  clientId: 1, staffId, state: 'active', addTime: new Date('2026-01-01T00:00:00Z'), staffActive: true, wecomUserId: `u${staffId}`, ...overrides,
});
const rules = (overrides: Partial<EligibilityRules> = {}): EligibilityRules => ({
  now, contentRisk: 'R3', isProductContent: true, policy: DEFAULT_FREQUENCY_POLICY, channel: 'mass', onlyStaffId: null, ...overrides,
});

describe('decideRecipient', () => {
  it('should send from the advisor who added the client most recently', () => {
    const decision = decideRecipient(client(), [follow(1), follow(2, { addTime: new Date('2026-06-01T00:00:00Z') })], [], rules());
    expect(decision).toEqual({ clientId: 1, eligible: true, staffId: 2, wecomUserId: 'u2', externalUserId: 'wm1' });
  });

  it('should leave out clients whose only relation was deleted, or who have no usable advisor', () => {
    expect(decideRecipient(client(), [follow(1, { state: 'deleted_by_client' })], [], rules())).toMatchObject({ eligible: false, code: 'NOT_A_FRIEND', staffId: 1 });
    expect(decideRecipient(client(), [], [], rules())).toMatchObject({ eligible: false, code: 'NO_ADVISOR', staffId: null });
    expect(decideRecipient(client(), [follow(1, { staffActive: false })], [], rules())).toMatchObject({ eligible: false, code: 'NO_ADVISOR' });
    expect(decideRecipient(client({ externalUserId: null }), [follow(1)], [], rules())).toMatchObject({ eligible: false, code: 'NOT_A_FRIEND' });
  });

  it("should only send from the advisor themself in the advisor's own mass send", () => {
    expect(decideRecipient(client(), [follow(1)], [], rules({ onlyStaffId: 2 }))).toMatchObject({ eligible: false, code: 'NO_ADVISOR' });
  });

  it('should apply suitability with the compliance codes', () => {
    expect(decideRecipient(client({ riskLevel: 'C2' }), [follow(1)], [], rules())).toMatchObject({ eligible: false, code: 'SUITABILITY_MISMATCH' });
    expect(decideRecipient(client({ riskExpiresAt: new Date(now.getTime() - 1) }), [follow(1)], [], rules())).toMatchObject({ eligible: false, code: 'SUITABILITY_ASSESSMENT_EXPIRED' });
    expect(decideRecipient(client({ riskLevel: null }), [follow(1)], [], rules({ contentRisk: null, isProductContent: false }))).toMatchObject({ eligible: true });
  });

  it('should exclude over-budget clients but not leave anyone out for quiet hours', () => {
    const today = [1, 2, 3].map((k) => ({ at: new Date(now.getTime() - k * 60_000), channel: 'chat' as const }));
    expect(decideRecipient(client(), [follow(1)], today, rules())).toMatchObject({ eligible: false, code: 'FREQUENCY_CAP' });
    const night = new Date('2026-11-18T15:00:00.000Z'); // 23:00 in Shanghai
    expect(decideRecipient(client(), [follow(1)], [], rules({ now: night }))).toMatchObject({ eligible: true });
  });
});
