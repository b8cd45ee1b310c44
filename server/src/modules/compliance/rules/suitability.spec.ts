import type { ClientRiskLevel, ProductRiskLevel } from '@valuelens/contracts';
import { decideSuitability, filterAudienceBySuitability, type SuitabilityInput } from './suitability.js';

const CLIENT_RISK_LEVELS: ClientRiskLevel[] = ['C1', 'C2', 'C3', 'C4', 'C5'];
const PRODUCT_RISK_LEVELS: ProductRiskLevel[] = ['R1', 'R2', 'R3', 'R4', 'R5'];
const NOW = new Date('2026-11-20T02:00:00Z');
const NEXT_YEAR = new Date('2027-11-20T00:00:00Z');

function decide(overrides: Partial<SuitabilityInput>) {
  return decideSuitability({
    clientRisk: 'C3',
    assessmentExpiresAt: NEXT_YEAR,
    contentRisk: 'R3',
    isProductContent: true,
    now: NOW,
    ...overrides,
  });
}

describe('decideSuitability', () => {
  it('should let C_n receive exactly R1..R_n', () => {
    for (const client of CLIENT_RISK_LEVELS) {
      for (const product of PRODUCT_RISK_LEVELS) {
        const allowed = decide({ clientRisk: client, contentRisk: product }).allowed;
        const expected = Number(product[1]) <= Number(client[1]);
        expect({ client, product, allowed }).toEqual({ client, product, allowed: expected });
      }
    }
  });

  it('should exclude C2 clients from R4 content with a Chinese reason', () => {
    const decision = decide({ clientRisk: 'C2', contentRisk: 'R4' });
    expect(decision).toMatchObject({ allowed: false, code: 'SUITABILITY_MISMATCH' });
    expect(decision.reason).toContain('C2');
    expect(decision.reason).toContain('R4');
  });

  it('should refuse product content to a client whose assessment has expired', () => {
    const lapsed = new Date('2026-11-01T00:00:00Z');
    const decision = decide({ clientRisk: 'C5', contentRisk: 'R1', assessmentExpiresAt: lapsed });
    expect(decision).toMatchObject({ allowed: false, code: 'SUITABILITY_ASSESSMENT_EXPIRED' });
    expect(decision.reason).toContain('2026年11月1日');
  });

  it('should treat an assessment expiring exactly now as expired', () => {
    expect(decide({ assessmentExpiresAt: NOW }).code).toBe('SUITABILITY_ASSESSMENT_EXPIRED');
  });

  it('should refuse product content to a client never assessed', () => {
    expect(decide({ clientRisk: null, assessmentExpiresAt: null })).toMatchObject({
      allowed: false,
      code: 'SUITABILITY_ASSESSMENT_EXPIRED',
    });
  });

  it('should treat an assessment without an expiry date as not valid', () => {
    expect(decide({ assessmentExpiresAt: null }).allowed).toBe(false);
  });

  it('should always allow educational content, even to unassessed clients', () => {
    const education = { contentRisk: null, isProductContent: false };
    expect(decide({ clientRisk: null, assessmentExpiresAt: null, ...education }).allowed).toBe(true);
  });

  it('should apply the risk match to non-product content that carries a risk level', () => {
    expect(decide({ isProductContent: false, clientRisk: 'C1', contentRisk: 'R2' }).code).toBe('SUITABILITY_MISMATCH');
  });

  it('should refuse product content without a risk level', () => {
    expect(decide({ contentRisk: null })).toMatchObject({ allowed: false, code: 'SUITABILITY_MISMATCH' });
  });
});

describe('filterAudienceBySuitability', () => {
  it('should return the allowed ids and each exclusion with its reason', () => {
    const result = filterAudienceBySuitability(
      [
        { id: 'c5', clientRisk: 'C5', assessmentExpiresAt: NEXT_YEAR },
        { id: 'c2', clientRisk: 'C2', assessmentExpiresAt: NEXT_YEAR },
        { id: 'lapsed', clientRisk: 'C4', assessmentExpiresAt: new Date('2025-01-01T00:00:00Z') },
        { id: 'c4', clientRisk: 'C4', assessmentExpiresAt: NEXT_YEAR },
      ],
      { contentRisk: 'R4', isProductContent: true },
      NOW,
    );
    expect(result.allowedIds).toEqual(['c5', 'c4']);
    expect(result.excluded.map(({ id, code }) => ({ id, code }))).toEqual([
      { id: 'c2', code: 'SUITABILITY_MISMATCH' },
      { id: 'lapsed', code: 'SUITABILITY_ASSESSMENT_EXPIRED' },
    ]);
    expect(result.excluded.every((exclusion) => exclusion.reason.length > 0)).toBe(true);
  });
});
