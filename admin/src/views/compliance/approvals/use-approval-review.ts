import { reactive, ref } from 'vue';
import { ApiError, describeApiError } from '@/api/api-error';
import { approvalsApi } from '@/api/compliance';
import type { ApprovalItem } from '@/api/compliance.types';
import { zhCN } from '@/locales/zh-CN';

export type ReviewOutcome = 'approved' | 'rejected';

/**
 * The reviewer's decision on one queued version. Refusals the reviewer must act on (SELF_APPROVAL_FORBIDDEN under the
 * four-eyes rule, INVALID_STATE when a colleague decided first) stay in the review panel, in the server's own
 * words, rather than flashing past as a toast.
 */
export function useApprovalReview(onDecided: (item: ApprovalItem, outcome: ReviewOutcome) => void) {
  const form = reactive({ comment: '', validUntil: null as string | null });
  const busy = ref(false);
  const refusal = ref<string | null>(null);
  const commentMissing = ref(false);

  function reset(): void {
    form.comment = '';
    form.validUntil = null;
    refusal.value = null;
    commentMissing.value = false;
  }

  async function decide(item: ApprovalItem, outcome: ReviewOutcome, request: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    refusal.value = null;
    try {
      await request();
      onDecided(item, outcome);
      reset();
      return true;
    } catch (error) {
      if (error instanceof ApiError) refusal.value = error.message && error.status < 500 ? error.message : describeApiError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  function approve(item: ApprovalItem): Promise<boolean> {
    const body = { comment: form.comment.trim() || undefined, validUntil: form.validUntil ?? undefined };
    return decide(item, 'approved', () => approvalsApi.approve(item.kind, item.versionId, body, { silent: true }));
  }

  /** A rejection must say what to change: the submitter sees the reason on their editor. */
  async function reject(item: ApprovalItem): Promise<boolean> {
    const comment = form.comment.trim();
    commentMissing.value = comment === '';
    if (commentMissing.value) {
      refusal.value = zhCN.compliance.approvals.rejectReasonRequired;
      return false;
    }
    return decide(item, 'rejected', () => approvalsApi.reject(item.kind, item.versionId, comment, { silent: true }));
  }

  return { form, busy, refusal, commentMissing, reset, approve, reject };
}
