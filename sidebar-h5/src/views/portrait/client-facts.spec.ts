import { describe, expect, it } from 'vitest';
import { demographicsLine, riskAssessmentState } from './client-facts';

const NOW = new Date('2026-11-21T08:00:00.000Z');

describe('riskAssessmentState', () => {
  it('should call a client without a risk level unassessed', () => {
    expect(riskAssessmentState({ riskLevel: null, riskExpiresAt: null }, NOW)).toBe('unassessed');
  });

  it('should call an assessment past its expiry expired', () => {
    expect(riskAssessmentState({ riskLevel: 'C3', riskExpiresAt: '2026-11-21T07:59:59.000Z' }, NOW)).toBe('expired');
  });

  it('should call a current assessment valid', () => {
    expect(riskAssessmentState({ riskLevel: 'C3', riskExpiresAt: '2027-11-21T00:00:00.000Z' }, NOW)).toBe('valid');
  });
});

describe('demographicsLine', () => {
  it('should join what is known', () => {
    expect(demographicsLine({ gender: 'female', ageBand: '35-44岁' })).toBe('女 · 35-44岁');
    expect(demographicsLine({ gender: null, ageBand: null })).toBe('');
  });

  it('should add the unit to a bare age band', () => {
    expect(demographicsLine({ gender: 'male', ageBand: '40-49' })).toBe('男 · 40-49岁');
    expect(demographicsLine({ gender: null, ageBand: '60+' })).toBe('60岁以上');
  });
});
