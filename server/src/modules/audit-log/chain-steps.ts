import type { ChainStepDto } from './dto/audit-chain.dto.js';
import type { ChainFollowUpFacts, ChainSendFacts, ChainVersionFacts, ChainViewFacts } from './audit-chain.loader.js';

const CHANNEL_ZH: Record<string, string> = { chat: '一对一聊天', mass: '群发客户', group_mass: '客户群群发', moments: '朋友圈', share: '转发分享' };
const STATUS_ZH: Record<string, string> = {
  prepared: '已生成，待顾问发出',
  queued: '排队中',
  pending_confirm: '待顾问在企业微信确认',
  sent: '已发出',
  delivered: '已送达',
  failed: '发送失败',
};

export interface ChainInputs {
  send: ChainSendFacts;
  version: ChainVersionFacts | undefined;
  names: Map<number, string>;
  views: ChainViewFacts[];
  followUps: ChainFollowUpFacts[];
}

const step = (partial: Omit<ChainStepDto, 'dwellMs' | 'forwarded'> & Partial<Pick<ChainStepDto, 'dwellMs' | 'forwarded'>>): ChainStepDto => ({ dwellMs: null, forwarded: null, ...partial });

/**
 * One send's audit chain in its fixed order: content version → approval → the advisor's send →
 * WeCom (msgid) → delivery → each open with its reading time → follow-ups until the next send.
 */
export function chainSteps({ send, version, names, views, followUps }: ChainInputs): ChainStepDto[] {
  const nameOf = (id: number | null): string | null => (id === null ? null : (names.get(id) ?? null));
  const approverId = version?.approvedBy ?? send.approverId;
  const sentOrCreated = send.sentAt ?? send.createdAt;
  const steps: ChainStepDto[] = [
    step({
      kind: 'content',
      at: version?.createdAt ?? null,
      actorId: version?.createdBy ?? null,
      actorName: nameOf(version?.createdBy ?? null),
      summaryZh: version ? `${send.contentKind === 'script' ? '话术' : '素材'}《${version.title}》第 ${version.versionNo} 版` : `内容版本 #${send.versionId}`,
      ref: `${send.contentKind}_version:${send.versionId}`,
    }),
    step({ kind: 'approval', at: version?.approvedAt ?? null, actorId: approverId, actorName: nameOf(approverId), summaryZh: approverId === null ? '无审批记录' : '合规审批通过', ref: null }),
    step({
      kind: 'send',
      at: send.createdAt,
      actorId: send.staffId,
      actorName: send.staffName,
      summaryZh: `通过${CHANNEL_ZH[send.channel] ?? send.channel}发送${send.clientName ? `给${send.clientName}` : ''}`,
      ref: `send:${send.id}`,
    }),
    step({ kind: 'wecom', at: send.sentAt, actorId: null, actorName: null, summaryZh: send.msgid ? `企业微信消息 ${send.msgid}` : '由侧边栏 sendChatMessage 发出', ref: send.msgid }),
    step({
      kind: 'delivery',
      at: send.deliveredAt ?? send.sentAt,
      actorId: null,
      actorName: null,
      summaryZh: `${STATUS_ZH[send.status] ?? send.status}${send.failReason ? `：${send.failReason}` : ''}`,
      ref: null,
    }),
  ];
  for (const view of views) {
    steps.push(
      step({
        kind: 'open',
        at: view.firstSeenAt,
        actorId: null,
        actorName: null,
        summaryZh: `${view.forwarded ? '转发后他人打开' : '客户打开'}，阅读 ${Math.round(view.dwellMs / 1000)} 秒`,
        ref: view.token,
        dwellMs: view.dwellMs,
        forwarded: view.forwarded,
      }),
    );
  }
  for (const followUp of followUps) {
    if (followUp.clientId !== send.clientId || followUp.staffId !== send.staffId) continue;
    if (followUp.createdAt < sentOrCreated || (send.nextAt && followUp.createdAt >= send.nextAt)) continue;
    steps.push(step({ kind: 'follow_up', at: followUp.createdAt, actorId: followUp.staffId, actorName: nameOf(followUp.staffId), summaryZh: followUp.note.slice(0, 200), ref: `follow_up:${followUp.id}` }));
  }
  return steps;
}
