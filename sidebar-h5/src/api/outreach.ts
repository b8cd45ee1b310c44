import { http, type RequestOptions } from './http';
import type {
  AdvisorTaskDto,
  CampaignDto,
  CampaignPageDto,
  MassSendInput,
  MassSendPreviewDto,
  MomentsTaskDto,
  SegmentDto,
} from './outreach-types';
import type { ContentKind } from './portrait-types';

export function fetchTasks(options?: RequestOptions): Promise<AdvisorTaskDto[]> {
  return http.get<AdvisorTaskDto[]>('/api/tasks', options);
}

/** Answers the updated task list. */
export function markTaskDone(taskId: number, options?: RequestOptions): Promise<AdvisorTaskDto[]> {
  return http.post<AdvisorTaskDto[]>(`/api/tasks/${taskId}/done`, undefined, options);
}

/** Who would receive it and who is excluded, with the reason per client (suitability, budget, not a friend). */
export function previewMassSend(input: MassSendInput, options?: RequestOptions): Promise<MassSendPreviewDto> {
  return http.post<MassSendPreviewDto>('/api/mass-sends/preview', input, options);
}

/** Creates the advisor's own 企业群发; WeCom then asks the advisor to confirm in 群发助手. */
export function createMassSend(input: MassSendInput, options?: RequestOptions): Promise<CampaignDto> {
  return http.post<CampaignDto>('/api/mass-sends', input, options);
}

export function fetchMassSends(options?: RequestOptions): Promise<CampaignPageDto> {
  return http.get<CampaignPageDto>('/api/mass-sends', { ...options, query: { pageSize: 10 } });
}

export function fetchSegments(options?: RequestOptions): Promise<SegmentDto[]> {
  return http.get<SegmentDto[]>('/api/segments', options);
}

export function createMoments(input: { contentKind: ContentKind; contentId: number }, options?: RequestOptions): Promise<MomentsTaskDto> {
  return http.post<MomentsTaskDto>('/api/moments', input, options);
}
