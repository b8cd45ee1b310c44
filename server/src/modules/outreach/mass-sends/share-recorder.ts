import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContentVerdict } from '../campaigns/campaign-content.js';
import type { RecipientDecision } from '../campaigns/eligibility.js';
import { insertRows } from '../../../database/raw-insert.js';

const SEND_COLUMNS = ['channel', 'status', 'staff_id', 'client_id', 'content_kind', 'content_id', 'version_id', 'variant_id', 'approver_id', 'campaign_id', 'text', 'edited', 'created_at', 'updated_at'];
const EXCLUSION_COLUMNS = ['campaign_id', 'client_id', 'staff_id', 'code', 'reason', 'created_at'];
const LINK_COLUMNS = ['token', 'send_id', 'client_id', 'staff_id', 'campaign_id', 'task_id', 'content_kind', 'content_id', 'version_id', 'variant_id', 'created_at'];

type Eligible = Extract<RecipientDecision, { eligible: true }>;
type Excluded = Extract<RecipientDecision, { eligible: false }>;

/** Records a JS-SDK share (shareToExternalContact): prepared sends, exclusions, the share's tracked link. */
@Injectable()
export class ShareRecorder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(campaignId: number, staffId: number, verdict: ContentVerdict, recipients: Eligible[], excluded: Excluded[], linkToken: string | null, now: Date): Promise<void> {
    const { version } = verdict;
    const text = verdict.message.text ?? verdict.message.material?.desc ?? null;
    await this.dataSource.transaction(async (manager) => {
      await insertRows(manager, 'campaign_exclusions', EXCLUSION_COLUMNS, excluded.map((d) => [campaignId, d.clientId, d.staffId, d.code, d.reason.slice(0, 500), now]));
      await insertRows(
        manager,
        'sends',
        SEND_COLUMNS,
        recipients.map((d) => [
          'share', 'prepared', d.staffId, d.clientId, version.kind, version.contentId, version.versionId, version.variant?.id ?? null,
          version.approvedBy?.id ?? null, campaignId, text, false, now, now,
        ]),
      );
      if (linkToken) {
        await insertRows(manager, 'tracked_links', LINK_COLUMNS, [[linkToken, null, null, staffId, campaignId, null, version.kind, version.contentId, version.versionId, version.variant?.id ?? null, now]]);
      }
    });
  }
}
