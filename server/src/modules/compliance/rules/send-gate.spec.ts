import { buildDisclaimer } from './disclaimers.js';
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_LEXICON } from './screening/default-lexicon.js';
import { Screener } from './screening/screener.js';
import { evaluateSendGate, type SendGateInput } from './send-gate.js';

const screener = new Screener(DEFAULT_LEXICON, { allowedPhrases: DEFAULT_ALLOWED_PHRASES });
const sh = (local: string) => new Date(`${local}+08:00`);
const NOW = sh('2026-11-20T10:00:00');

type Overrides = {
  content?: Partial<SendGateInput['content']>;
  client?: Partial<SendGateInput['client']>;
  send?: Partial<SendGateInput['send']>;
  advisorText?: string | null;
  now?: Date;
};

function gate(overrides: Overrides = {}) {
  return evaluateSendGate({
    now: overrides.now ?? NOW,
    content: {
      status: 'approved',
      validFrom: sh('2026-11-01T00:00:00'),
      validUntil: sh('2026-12-31T00:00:00'),
      approvedBy: 'compliance-01',
      approvedAt: sh('2026-10-31T00:00:00'),
      riskLevel: 'R3',
      isProduct: true,
      contentType: 'product',
      ...overrides.content,
    },
    client: { riskLevel: 'C4', assessmentExpiresAt: sh('2027-06-30T00:00:00'), ...overrides.client },
    send: { channel: 'chat', history: [], ...overrides.send },
    advisorText: overrides.advisorText === undefined ? '王先生您好，这是我们本月精选的稳健型产品介绍。' : overrides.advisorText,
    screener,
  });
}

describe('evaluateSendGate', () => {
  it('should allow a compliant send and return the text with its disclaimer', () => {
    const result = gate();
    expect(result.allowed).toBe(true);
    expect(result.blocking).toBeNull();
    expect(result.steps.map((step) => [step.step, step.outcome])).toEqual([
      ['approval', 'pass'],
      ['suitability', 'pass'],
      ['screening', 'pass'],
      ['frequency', 'pass'],
    ]);
    expect(result.outgoingText).toContain(buildDisclaimer('product', { riskLevel: 'R3' }));
  });

  it('should block unapproved content with CONTENT_NOT_APPROVED', () => {
    const { blocking } = gate({ content: { status: 'pending' } });
    expect(blocking).toMatchObject({ step: 'approval', code: 'CONTENT_NOT_APPROVED' });
  });

  it('should block expired research with CONTENT_EXPIRED', () => {
    const result = gate({ content: { contentType: 'research_report', validUntil: sh('2026-11-19T00:00:00') } });
    expect(result.blocking?.code).toBe('CONTENT_EXPIRED');
  });

  it('should exclude a C2 client from R4 content', () => {
    const result = gate({ content: { riskLevel: 'R4' }, client: { riskLevel: 'C2' } });
    expect(result.blocking).toMatchObject({ step: 'suitability', code: 'SUITABILITY_MISMATCH' });
  });

  it('should block edited text containing 保 本 with SCREENING_BLOCKED and expose the hits', () => {
    const result = gate({ advisorText: '这款产品保 本，放心' });
    expect(result.blocking).toMatchObject({ step: 'screening', code: 'SCREENING_BLOCKED' });
    expect(result.blocking?.reason).toContain('「保本」');
    expect(result.screening?.hits[0]?.term).toBe('保本');
  });

  it('should pass with warnings when the text has only warn-level wording', () => {
    const result = gate({ advisorText: '这是千载难逢的配置窗口' });
    expect(result.allowed).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.hit?.category).toBe('exaggeration');
    expect(result.steps[2]?.outcome).toBe('warn');
  });

  it('should block during quiet hours with QUIET_HOURS and say when', () => {
    const result = gate({ now: sh('2026-11-20T22:30:00'), send: { channel: 'mass' } });
    expect(result.blocking?.code).toBe('QUIET_HOURS');
    expect(result.nextAllowedAt).toEqual(sh('2026-11-21T08:00:00'));
  });

  it('should let a live-conversation reply through quiet hours', () => {
    const result = gate({ now: sh('2026-11-20T22:30:00'), send: { channel: 'chat', liveConversation: true } });
    expect(result.allowed).toBe(true);
  });

  it('should report the first blocking step in order while listing every step', () => {
    const result = gate({
      content: { status: 'rejected', riskLevel: 'R5' },
      client: { riskLevel: 'C1' },
      advisorText: '稳赚不赔',
      now: sh('2026-11-20T23:00:00'),
    });
    expect(result.blocking?.code).toBe('CONTENT_NOT_APPROVED');
    expect(result.steps.map((step) => step.code)).toEqual([
      'CONTENT_NOT_APPROVED',
      'SUITABILITY_MISMATCH',
      'SCREENING_BLOCKED',
      'QUIET_HOURS',
    ]);
  });

  it('should allow educational content to an unassessed client without advisor text', () => {
    const result = gate({
      content: { riskLevel: null, isProduct: false, contentType: 'education' },
      client: { riskLevel: null, assessmentExpiresAt: null },
      advisorText: null,
    });
    expect(result.allowed).toBe(true);
    expect(result.screening).toBeNull();
    expect(result.outgoingText).toBeNull();
  });
});
