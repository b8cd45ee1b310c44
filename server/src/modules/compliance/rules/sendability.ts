/**
 * Approval before send (DESIGN §3): only an approved version inside its validity window can be sent on
 * any channel; research material past its validity cannot be sent.
 */

export const CONTENT_VERSION_STATUSES = ['draft', 'pending', 'approved', 'rejected', 'retired', 'expired'] as const;
export type ContentVersionStatus = (typeof CONTENT_VERSION_STATUSES)[number];

export interface ContentVersionState {
  status: ContentVersionStatus;
  validFrom: Date | null;
  validUntil: Date | null;
  approvedBy: string | number | null;
  approvedAt: Date | null;
}

export interface NumberedContentVersion extends ContentVersionState {
  /** Increases with every edit; a higher number is a newer version. */
  versionNo: number;
}

export type SendabilityCode = 'CONTENT_NOT_APPROVED' | 'CONTENT_EXPIRED';

export interface SendabilityDecision {
  sendable: boolean;
  code?: SendabilityCode;
  reason: string;
}

const NOT_APPROVED_REASONS: Record<Exclude<ContentVersionStatus, 'approved' | 'retired' | 'expired'>, string> = {
  draft: '该内容版本仍是草稿，提交合规审批并通过后才能发送。',
  pending: '该内容版本正在合规审批中，通过后才能发送。',
  rejected: '该内容版本未通过合规审批，不能发送。',
};

export function decideSendability(version: ContentVersionState, now: Date): SendabilityDecision {
  switch (version.status) {
    case 'draft':
    case 'pending':
    case 'rejected':
      return { sendable: false, code: 'CONTENT_NOT_APPROVED', reason: NOT_APPROVED_REASONS[version.status] };
    case 'retired':
      return { sendable: false, code: 'CONTENT_EXPIRED', reason: '该内容已下架，不能再发送。' };
    case 'expired':
      return { sendable: false, code: 'CONTENT_EXPIRED', reason: '该内容已过有效期，不能再发送。' };
    case 'approved':
      return decideApprovedWindow(version, now);
  }
}

function decideApprovedWindow(version: ContentVersionState, now: Date): SendabilityDecision {
  // Every send records its approver, so an "approved" row without one is treated as unapproved data.
  if (version.approvedBy === null || version.approvedAt === null) {
    return { sendable: false, code: 'CONTENT_NOT_APPROVED', reason: '该内容版本缺少审批人或审批时间记录，不能发送。' };
  }
  if (version.validFrom !== null && now.getTime() < version.validFrom.getTime()) {
    return { sendable: false, code: 'CONTENT_EXPIRED', reason: '该内容尚未到生效时间，不能发送。' };
  }
  if (version.validUntil !== null && now.getTime() >= version.validUntil.getTime()) {
    return { sendable: false, code: 'CONTENT_EXPIRED', reason: '该内容已超过有效期，不能再发送。' };
  }
  return { sendable: true, reason: '该内容版本已通过合规审批且在有效期内。' };
}

/**
 * The version an advisor sends today: the newest approved one. An older approved version stays in use
 * while a newer one is still in review or not yet in effect, and is superseded once a newer approval
 * takes effect: if that newer version later expires or is retired, the older wording does not come
 * back on its own (compliance re-approves it as a new version if wanted).
 */
export function chooseSendableVersion<V extends NumberedContentVersion>(versions: readonly V[], now: Date): V | null {
  const everApprovedNewestFirst = versions
    .filter((version) => version.approvedAt !== null && ['approved', 'retired', 'expired'].includes(version.status))
    .sort((a, b) => b.versionNo - a.versionNo);
  for (const version of everApprovedNewestFirst) {
    if (decideSendability(version, now).sendable) return version;
    const waitingToTakeEffect =
      version.status === 'approved' && version.validFrom !== null && now.getTime() < version.validFrom.getTime();
    if (!waitingToTakeEffect) return null;
  }
  return null;
}
