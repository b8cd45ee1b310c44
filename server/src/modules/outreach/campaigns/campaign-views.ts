import type { Campaign, CampaignAudience } from './campaign.entities.js';
import type { AudienceInput, CampaignDto } from './campaigns.dto.js';
import { AppError } from '../../../common/errors/app-error.js';

export function toCampaignDto(c: Campaign): CampaignDto {
  return {
    id: c.id,
    name: c.name,
    origin: c.origin,
    activityId: c.activityId,
    contentKind: c.contentKind,
    contentId: c.contentId,
    variantId: c.variantId,
    versionId: c.versionId,
    approverId: c.approverId,
    channel: c.channel,
    audience: c.audience as unknown as Record<string, unknown>,
    runAt: c.runAt,
    status: c.status,
    failureCode: c.failureCode,
    failureReason: c.failureReason,
    eligibleCount: c.eligibleCount,
    excludedCount: c.excludedCount,
    taskCount: c.taskCount,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    launchedAt: c.launchedAt,
    completedAt: c.completedAt,
  };
}

/** The audience as stored: exactly one of its four forms. */
export function audienceOf(input: AudienceInput): CampaignAudience {
  const forms: CampaignAudience[] = [];
  if (input.all === true) forms.push({ all: true });
  if (input.segmentFilter !== undefined) forms.push({ segmentFilter: input.segmentFilter });
  if (input.segmentId !== undefined) forms.push({ segmentId: input.segmentId });
  if (input.clientIds !== undefined) forms.push({ clientIds: input.clientIds });
  if (forms.length !== 1) throw new AppError('VALIDATION_FAILED', '发送对象必须且只能是以下之一：all、segmentFilter、segmentId、clientIds');
  return forms[0]!;
}
