import type { Archetype, ClientRiskLevel, ProductRiskLevel } from '@valuelens/contracts';
import type { ContentFormat, ContentFraming, ContentTopic, EventPropertyValue, ProductCategory } from '../../modules/portrait/engine/inputs.js';

/** Scale of a generated dataset. Same options and seed → byte-identical rows. */
export interface GeneratorOptions {
  /** Number of 营业部 (sales offices), spread across the three 分公司. */
  branches: number;
  advisorsPerBranch: number;
  clients: number;
  /** Mean app/content events per client over the whole period (actual counts vary by client). */
  eventsPerClient: number;
  /** Length of the generated history in months, ending at `asOf`. */
  months: number;
  seed: number;
  /** Epoch ms; defaults to 2026-11-01T00:00:00Z. */
  asOf?: number;
}

export interface DepartmentRow {
  id: number;
  parentId: number | null;
  name: string;
  level: 'hq' | 'branch_company' | 'sales_office';
  /** Four-digit office code used as the prefix of customer numbers. */
  code: string;
}

export interface AdvisorRow {
  id: number;
  userid: string;
  name: string;
  gender: 'male' | 'female';
  departmentId: number;
  mobile: string;
}

export interface ProductRow {
  code: string;
  name: string;
  category: ProductCategory;
  riskLevel: ProductRiskLevel;
  /** Appears on the hot list / trending ranking during the period. */
  isHot: boolean;
}

export interface ClientRow {
  id: string;
  customerNo: string;
  name: string;
  gender: 'male' | 'female';
  age: number;
  ageBand: string;
  occupation: string;
  phone: string;
  idNo: string;
  riskLevel: ClientRiskLevel;
  riskAssessedAt: number;
  riskExpiresAt: number;
  advisorId: number;
  departmentId: number;
  openedAt: number;
}

export interface HoldingRow {
  clientId: string;
  productCode: string;
  productCategory: ProductCategory;
  riskLevel: ProductRiskLevel;
  marketValue: number;
  costValue: number;
  openedAt: number;
}

export interface TradeRow {
  id: string;
  clientId: string;
  time: number;
  side: 'buy' | 'sell';
  productCode: string;
  riskLevel: ProductRiskLevel;
  amount: number;
  realizedPnl?: number;
  isHotListName: boolean;
}

export interface CashFlowRow {
  id: string;
  clientId: string;
  time: number;
  direction: 'in' | 'out';
  amount: number;
}

export interface EventRow {
  id: string;
  clientId: string;
  time: number;
  name: string;
  properties: Record<string, EventPropertyValue>;
}

export interface ContentProperties {
  contentId: string;
  topic: ContentTopic;
  format: ContentFormat;
  framing: ContentFraming;
}

/** The archetype mix planted in a client's behaviour: ground truth for evaluation only, never shown to the engine. */
export interface PlantedLabel {
  primary: Archetype;
  secondary: Archetype | null;
  /** Share of behaviour driven by the secondary archetype, 0 when none. */
  secondaryWeight: number;
  /** The client was generated with little data (new to the app, few trades). */
  sparse: boolean;
}

/** Everything generated for one client; produced one at a time so large datasets never sit in memory. */
export interface ClientBundle {
  client: ClientRow;
  holdings: HoldingRow[];
  trades: TradeRow[];
  cashFlows: CashFlowRow[];
  events: EventRow[];
  questionnaire: { lossAversionLambda?: number; answers: Record<string, string | number> } | null;
  lastContactAt: number | null;
  planted: PlantedLabel;
}
