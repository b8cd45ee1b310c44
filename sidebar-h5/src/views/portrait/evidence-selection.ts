import type { EvidenceDto } from '@/api/portrait-types';

/** What the evidence sheet shows for one tapped metric or trait. */
export interface EvidenceSelection {
  title: string;
  /** The value as shown in the list (e.g. "72 分", "12.3万"). */
  headline: string;
  /** 0–1 for traits; absent for behaviour metrics (measured, not inferred). */
  confidence?: number;
  items: EvidenceDto[];
}
