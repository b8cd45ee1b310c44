/** Shapes of server/src/modules/audit-log/dto (audit-log.dto.ts, audit-chain.dto.ts). */

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  /** ISO instant, included. */
  from?: string;
  /** ISO instant, excluded. */
  to?: string;
}

export interface AuditQuery extends AuditFilter {
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  createdAt: string;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export type ChainStepKind = 'content' | 'approval' | 'send' | 'wecom' | 'delivery' | 'open' | 'follow_up';

export interface ChainStep {
  kind: ChainStepKind;
  at: string | null;
  actorId: number | null;
  actorName: string | null;
  summaryZh: string;
  ref: string | null;
  dwellMs: number | null;
  forwarded: boolean | null;
}

export interface ChainSend {
  sendId: number;
  channel: string;
  status: string;
  clientId: number | null;
  clientName: string | null;
  staffId: number;
  staffName: string | null;
  contentKind: string;
  contentId: number;
  versionId: number;
  campaignId: number | null;
  wecomMsgid: string | null;
  sentAt: string | null;
  steps: ChainStep[];
}

export interface AuditChain {
  clientId: number | null;
  staffId: number | null;
  items: ChainSend[];
  total: number;
  page: number;
  pageSize: number;
}
