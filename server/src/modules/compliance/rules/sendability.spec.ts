import {
  chooseSendableVersion,
  decideSendability,
  type ContentVersionState,
  type NumberedContentVersion,
} from './sendability.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const approved = (overrides: Partial<ContentVersionState> = {}): ContentVersionState => ({
  status: 'approved',
  validFrom: new Date('2026-11-01T00:00:00Z'),
  validUntil: new Date('2026-12-31T00:00:00Z'),
  approvedBy: 'compliance-01',
  approvedAt: new Date('2026-10-31T00:00:00Z'),
  ...overrides,
});
const numbered = (versionNo: number, overrides: Partial<ContentVersionState> = {}): NumberedContentVersion => ({
  ...approved(overrides),
  versionNo,
});

describe('decideSendability', () => {
  it('should allow an approved version inside its validity window', () => {
    expect(decideSendability(approved(), NOW)).toMatchObject({ sendable: true });
  });

  it.each(['draft', 'pending', 'rejected'] as const)('should refuse a %s version as not approved', (status) => {
    expect(decideSendability(approved({ status }), NOW).code).toBe('CONTENT_NOT_APPROVED');
  });

  it.each(['retired', 'expired'] as const)('should refuse a %s version as expired', (status) => {
    expect(decideSendability(approved({ status }), NOW).code).toBe('CONTENT_EXPIRED');
  });

  it('should refuse research past its validity, from the exact end instant', () => {
    const atEnd = decideSendability(approved({ validUntil: NOW }), NOW);
    expect(atEnd).toMatchObject({ sendable: false, code: 'CONTENT_EXPIRED' });
    expect(decideSendability(approved({ validUntil: new Date(NOW.getTime() + 1) }), NOW).sendable).toBe(true);
  });

  it('should refuse a version not yet in effect', () => {
    expect(decideSendability(approved({ validFrom: new Date('2026-12-01T00:00:00Z') }), NOW).sendable).toBe(false);
  });

  it('should allow an open-ended validity window', () => {
    expect(decideSendability(approved({ validFrom: null, validUntil: null }), NOW).sendable).toBe(true);
  });

  it('should refuse an approved version with no approver on record', () => {
    expect(decideSendability(approved({ approvedBy: null }), NOW).code).toBe('CONTENT_NOT_APPROVED');
  });
});

describe('chooseSendableVersion', () => {
  it('should choose the newest approved version', () => {
    const chosen = chooseSendableVersion([numbered(1), numbered(3), numbered(2)], NOW);
    expect(chosen?.versionNo).toBe(3);
  });

  it('should keep the previous approved version while the new one is in review', () => {
    const inReview = numbered(2, { status: 'pending', approvedBy: null, approvedAt: null });
    const chosen = chooseSendableVersion([numbered(1), inReview], NOW);
    expect(chosen?.versionNo).toBe(1);
  });

  it('should keep the previous version until the new approval takes effect', () => {
    const takesEffectNextMonth = numbered(2, { validFrom: new Date('2026-12-01T00:00:00Z') });
    const chosen = chooseSendableVersion([numbered(1), takesEffectNextMonth], NOW);
    expect(chosen?.versionNo).toBe(1);
  });

  it('should not fall back to an older version once a newer one has expired', () => {
    const expiredLastWeek = numbered(2, { validUntil: new Date('2026-11-10T00:00:00Z') });
    const chosen = chooseSendableVersion([numbered(1), expiredLastWeek], NOW);
    expect(chosen).toBeNull();
  });

  it('should not fall back to an older version once a newer one was retired', () => {
    expect(chooseSendableVersion([numbered(1), numbered(2, { status: 'retired' })], NOW)).toBeNull();
  });

  it('should return null when nothing was ever approved', () => {
    const draft = numbered(1, { status: 'draft', approvedAt: null, approvedBy: null });
    expect(chooseSendableVersion([draft], NOW)).toBeNull();
  });
});
