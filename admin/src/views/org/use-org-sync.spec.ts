import { effectScope } from 'vue';
import { describe, expect, it } from 'vitest';
import type { OrgSyncJob, OrgSyncResult } from '@/api/types';
import { stubApi } from '@/test/fake-server';
import { useOrgSync } from './use-org-sync';

const finished: OrgSyncResult = { departments: 12, staff: 240, clients: 18_000, follows: 21_500, corpTags: 36 };

/** Runs the composable with the job answering `states` one poll after another and no real waiting. */
async function runSync(states: OrgSyncJob[]) {
  let poll = 0;
  stubApi({
    'POST /api/org/sync': { status: 202, body: { jobId: 'job-7' } },
    'GET /api/org/sync/job-7': () => ({ status: 200, body: states[Math.min(poll++, states.length - 1)] }),
  });
  const completions: (OrgSyncResult | null)[] = [];
  const scope = effectScope();
  const sync = scope.run(() => useOrgSync((result) => completions.push(result), { wait: async () => undefined }))!;
  await sync.start();
  scope.stop();
  return { sync, completions, polls: poll };
}

describe('useOrgSync', () => {
  it('should poll until the job completes and hand over the counts', async () => {
    const { sync, completions, polls } = await runSync([
      { status: 'waiting' },
      { status: 'active' },
      { status: 'completed', result: finished },
    ]);

    expect(sync.status.value).toBe('completed');
    expect(sync.result.value).toEqual(finished);
    expect(completions).toEqual([finished]);
    expect(polls).toBe(3);
  });

  it('should stop at a failed job and keep the reason', async () => {
    const { sync, completions } = await runSync([{ status: 'active' }, { status: 'failed', error: '企业微信接口调用失败' }]);

    expect(sync.status.value).toBe('failed');
    expect(sync.failureReason.value).toBe('企业微信接口调用失败');
    expect(completions).toEqual([]);
  });
});
