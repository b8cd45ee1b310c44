import { describe, expect, it } from 'vitest';
import type { ApprovalItem } from '@/api/compliance.types';
import { stubApi } from '@/test/fake-server';
import { useApprovalReview, type ReviewOutcome } from './use-approval-review';

const queued: ApprovalItem = {
  kind: 'material',
  contentId: 7,
  versionId: 12,
  versionNo: 2,
  title: '红利资产的防御属性',
  status: 'pending',
  materialType: 'article',
  riskLevel: 'R3',
  isProductRelated: true,
  warningCount: 0,
  submittedBy: { id: 3, name: '总部运营·周敏' },
  submittedAt: '2025-06-01T02:00:00.000Z',
  approvedVersionId: 9,
};

function reviewRecordingDecisions() {
  const decisions: ReviewOutcome[] = [];
  const review = useApprovalReview((_item, outcome) => decisions.push(outcome));
  return { review, decisions };
}

describe('useApprovalReview', () => {
  it('should approve with the comment and validity the reviewer gave, then clear the form', async () => {
    const { requests } = stubApi({ 'POST /api/approvals/material/12/approve': { status: 200, body: { id: 12, status: 'approved' } } });
    const { review, decisions } = reviewRecordingDecisions();
    review.form.comment = '  表述合规  ';
    review.form.validUntil = '2025-12-31T16:00:00.000Z';

    expect(await review.approve(queued)).toBe(true);

    expect(requests[0]?.body).toEqual({ comment: '表述合规', validUntil: '2025-12-31T16:00:00.000Z' });
    expect(decisions).toEqual(['approved']);
    expect(review.form.comment).toBe('');
  });

  it("should keep the server's four-eyes refusal in the panel when reviewers approve their own submission", async () => {
    stubApi({
      'POST /api/approvals/material/12/approve': {
        status: 409,
        body: { code: 'SELF_APPROVAL_FORBIDDEN', message: '提交人不能审批自己提交的内容，请由其他合规人员审批', requestId: 'r1' },
      },
    });
    const { review, decisions } = reviewRecordingDecisions();

    expect(await review.approve(queued)).toBe(false);

    expect(review.refusal.value).toBe('提交人不能审批自己提交的内容，请由其他合规人员审批');
    expect(decisions).toEqual([]);
  });

  it('should refuse to reject without a reason and send nothing', async () => {
    const { requests } = stubApi({});
    const { review, decisions } = reviewRecordingDecisions();
    review.form.comment = '   ';

    expect(await review.reject(queued)).toBe(false);

    expect(requests).toHaveLength(0);
    expect(review.commentMissing.value).toBe(true);
    expect(review.refusal.value).toBe('请填写驳回原因');
    expect(decisions).toEqual([]);
  });

  it('should reject with the reason so the submitter sees what to change', async () => {
    const { requests } = stubApi({ 'POST /api/approvals/material/12/reject': { status: 200, body: { id: 12, status: 'rejected' } } });
    const { review, decisions } = reviewRecordingDecisions();
    review.form.comment = '请补充风险提示';

    expect(await review.reject(queued)).toBe(true);

    expect(requests[0]?.body).toEqual({ comment: '请补充风险提示' });
    expect(decisions).toEqual(['rejected']);
  });

  it('should explain when a colleague decided first', async () => {
    stubApi({
      'POST /api/approvals/material/12/approve': {
        status: 409,
        body: { code: 'INVALID_STATE', message: '该版本状态已变化，请刷新后重试', requestId: 'r2' },
      },
    });
    const { review } = reviewRecordingDecisions();

    await review.approve(queued);

    expect(review.refusal.value).toBe('该版本状态已变化，请刷新后重试');
  });
});
