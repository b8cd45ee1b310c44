import { makeEvidence, type Metric } from '../evidence.js';
import { PRODUCT_CATEGORIES, type HoldingInput, type ProductCategory } from '../inputs.js';
import { round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface AllocationValue {
  shareByCategory: Record<ProductCategory, number>;
  /** Stock + equity funds. */
  equityShare: number;
  /** Wealth-management and bond products: the insurance-like, capital-preserving part of the book. */
  wealthShare: number;
  highRiskShare: number;
  lowRiskShare: number;
}

function zeroByCategory(): Record<ProductCategory, number> {
  return { stock: 0, fund_equity: 0, fund_bond: 0, money: 0, wealth: 0, bond: 0 };
}

/** Shares of AUM by product category and by product risk level (R4–R5 high, R1–R2 low per the RuleSet). */
export function computeAllocation(holdings: readonly HoldingInput[], rules: RuleSet): Metric<AllocationValue> {
  const byCategory = zeroByCategory();
  let total = 0;
  let high = 0;
  let low = 0;
  for (const h of holdings) {
    if (h.marketValue <= 0) continue;
    total += h.marketValue;
    byCategory[h.productCategory] += h.marketValue;
    if (rules.metrics.highRiskLevels.includes(h.riskLevel)) high += h.marketValue;
    if (rules.metrics.lowRiskLevels.includes(h.riskLevel)) low += h.marketValue;
  }
  const share = (x: number): number => (total > 0 ? x / total : 0);
  const shareByCategory = zeroByCategory();
  for (const c of PRODUCT_CATEGORIES) shareByCategory[c] = share(byCategory[c]);
  const value: AllocationValue = {
    shareByCategory,
    equityShare: shareByCategory.stock + shareByCategory.fund_equity,
    wealthShare: shareByCategory.wealth + shareByCategory.bond,
    highRiskShare: share(high),
    lowRiskShare: share(low),
  };
  return {
    value,
    evidence: makeEvidence(`权益类占${Math.round(value.equityShare * 100)}%，理财/债券占${Math.round(value.wealthShare * 100)}%`, {
      equityShare: round(value.equityShare, 3),
      wealthShare: round(value.wealthShare, 3),
      highRiskShare: round(value.highRiskShare, 3),
      lowRiskShare: round(value.lowRiskShare, 3),
    }),
  };
}
