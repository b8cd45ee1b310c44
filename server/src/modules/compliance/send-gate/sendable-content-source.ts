import type { ProductRiskLevel } from '@valuelens/contracts';
import type { ContentKind, VariantFraming } from '../../library/library.constants.js';
import type { DisclaimerContentType } from '../rules/disclaimers.js';
import type { ContentVersionState } from '../rules/sendability.js';

export interface GateContentVersion extends ContentVersionState {
  id: number;
  versionNo: number;
  title: string;
  riskLevel: ProductRiskLevel | null;
  isProductRelated: boolean;
  disclaimerType: DisclaimerContentType | null;
  approverName: string | null;
}

/** Library content as the send gate needs it. Implemented by the library feature (token SENDABLE_CONTENT). */
export interface GateContent {
  kind: ContentKind;
  contentId: number;
  /**
   * The version an advisor would send now (chooseSendableVersion) — or, when none is sendable, the
   * version that explains why (newest ever approved, else the newest), with `sendable` false.
   */
  version: GateContentVersion;
  sendable: boolean;
  /** The text that goes with the send: a script body (a template) or a material's summary. */
  text: string;
  isTemplate: boolean;
  productName: string | null;
  variant: { id: number; framing: VariantFraming; title: string } | null;
}

export interface SendableContentSource {
  /** Answers NOT_FOUND for an unknown id or a variant that is not part of the chosen version. */
  load(kind: ContentKind, contentId: number, variantId?: number | null): Promise<GateContent>;
}

export const SENDABLE_CONTENT = Symbol('SENDABLE_CONTENT');
