import type { Archetype } from '@valuelens/contracts';

/** What the rules read about one client, loaded set-based for a batch (alert-facts.loader.ts). */
export interface ProductReadFact {
  token: string;
  title: string;
  dwellMs: number;
  productCodes: string[];
  lastSeenAt: Date;
}

export interface ClientAlertFacts {
  clientId: number;
  /** productCode → ids of product_view events inside the high-intent window. */
  productViews: Map<string, string[]>;
  /** Products bought inside the high-intent window (app purchases and buy trades). */
  purchasedCodes: Set<string>;
  /** The client's own (not forwarded) reads of product material inside the high-intent window. */
  productReads: ProductReadFact[];
  cashIn: number;
  cashOut: number;
  cashFlowRefs: string[];
  /** 1 − Σ market ÷ Σ cost of current holdings, in percent; null without holdings. */
  drawdownPct: number | null;
  /** Latest behaviour of any kind (app event or landing-page view); null when none is known. */
  lastActivityAt: Date | null;
  complaintRefs: string[];
  /** Advisors this client deleted inside the churn window. */
  deletedStaffIds: number[];
  portrait: { anxiety: number; lossAversion: number | null } | null;
  /** The latest two monthly snapshots, newest first. */
  snapshots: { month: string; topArchetype: Archetype; topWeight: number }[];
}

export interface AlertFinding {
  evidence: { summaryZh: string; numbers: Record<string, number | string>; refs: string[] };
  suggestionZh: string;
  /** How to look up a suggested script in the library. */
  scriptHint: { framing: string | null; keywords: string[] };
  /** When set, only these advisors get the alert (e.g. the advisor the client deleted). */
  onlyStaffIds?: number[];
}
