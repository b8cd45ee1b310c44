import { type Cell, toCsv } from '../analytics/export/csv.js';
import { shanghaiTimestamp } from '../analytics/metrics/days.js';
import type { AuditChainDto } from './dto/audit-chain.dto.js';
import type { AuditEntryDto } from './dto/audit-log.dto.js';

const STEP_ZH: Record<string, string> = { content: '内容版本', approval: '合规审批', send: '顾问发送', wecom: '企业微信', delivery: '送达', open: '打开阅读', follow_up: '跟进' };
const time = (at: Date | null): string | null => (at ? shanghaiTimestamp(at) : null);

export function auditLogCsv(entries: readonly AuditEntryDto[]): string {
  const rows: Cell[][] = entries.map((e) => [
    e.id,
    time(e.createdAt),
    e.actorId,
    e.actorName,
    e.actorRole,
    e.action,
    e.targetType,
    e.targetId,
    e.details ? JSON.stringify(e.details) : null,
    e.requestId,
  ]);
  return toCsv(['ID', '时间（北京时间）', '操作人ID', '操作人', '角色', '操作', '对象类型', '对象ID', '详情', '请求ID'], rows);
}

/** One row per step, so the chain reads top to bottom in Excel. */
export function auditChainCsv(chain: AuditChainDto): string {
  const rows: Cell[][] = chain.items.flatMap((send) =>
    send.steps.map((s, index) => [send.sendId, send.channel, send.clientName, send.staffName, index + 1, STEP_ZH[s.kind] ?? s.kind, time(s.at), s.actorName, s.summaryZh, s.ref]),
  );
  return toCsv(['发送ID', '渠道', '客户', '顾问', '序号', '环节', '时间（北京时间）', '操作人', '说明', '引用'], rows);
}
