import { computed, reactive } from 'vue';
import type { ContentKind } from '@/api/library.types';
import type { CampaignChannel, CampaignInput } from '@/api/outreach.types';

export interface CampaignForm {
  name: string;
  activityId: number | null;
  contentKind: ContentKind;
  contentId: number | null;
  variantId: number | null;
  channel: CampaignChannel;
  audienceKind: 'segment' | 'all';
  segmentId: number | null;
  scheduled: boolean;
  runAt: string | null;
}

export function emptyCampaignForm(activityId: number | null = null): CampaignForm {
  return {
    name: '',
    activityId,
    contentKind: 'material',
    contentId: null,
    variantId: null,
    channel: 'mass',
    audienceKind: 'segment',
    segmentId: null,
    scheduled: false,
    runAt: null,
  };
}

/** The create body, or null while something required is missing. Exactly one audience form is sent. */
export function campaignInputFrom(form: CampaignForm): CampaignInput | null {
  if (form.name.trim() === '' || form.contentId === null) return null;
  if (form.audienceKind === 'segment' && form.segmentId === null) return null;
  if (form.scheduled && !form.runAt) return null;
  return {
    name: form.name.trim(),
    ...(form.activityId !== null ? { activityId: form.activityId } : {}),
    contentKind: form.contentKind,
    contentId: form.contentId,
    ...(form.variantId !== null ? { variantId: form.variantId } : {}),
    channel: form.channel,
    audience: form.audienceKind === 'all' ? { all: true } : { segmentId: form.segmentId as number },
    ...(form.scheduled && form.runAt ? { runAt: form.runAt } : {}),
  };
}

export function useCampaignForm(activityId: number | null) {
  const form = reactive(emptyCampaignForm(activityId));
  const input = computed(() => campaignInputFrom(form));
  return { form, input };
}
