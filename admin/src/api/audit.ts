import { downloadUrl } from '@/utils/query-string';
import { http } from './http';
import type { AuditChain, AuditFilter, AuditPage, AuditQuery } from './audit.types';

export const auditApi = {
  list: (query: AuditQuery) => http.get<AuditPage>('/audit', { query: { ...query } }),
  exportUrl: (filter: AuditFilter) => downloadUrl('/audit/export', { ...filter, format: 'csv' }),
  /** Every send to one client, newest first, each with its steps from content version to follow-up. */
  chainOfClient: (clientId: number, page: number, pageSize: number) =>
    http.get<AuditChain>('/audit/chain', { query: { clientId, page, pageSize } }),
  chainExportUrl: (clientId: number) => downloadUrl('/audit/chain/export', { clientId, format: 'csv' }),
};
