import { http, type RequestOptions } from './http';
import type { CheckSendInput, CheckSendResultDto, PreparedSendDto, PrepareSendInput, SendRecordDto } from './outreach-types';

/** Gate (approval, suitability, screening, budget) → send record + tracked link → the sendChatMessage body. */
export function prepareSend(input: PrepareSendInput, options?: RequestOptions): Promise<PreparedSendDto> {
  return http.post<PreparedSendDto>('/api/sends/prepare', input, options);
}

/** sendChatMessage resolved: the message is in the chat. */
export function confirmSend(sendId: number, options?: RequestOptions): Promise<SendRecordDto> {
  return http.post<SendRecordDto>(`/api/sends/${sendId}/confirm`, undefined, options);
}

/** sendChatMessage rejected or the advisor cancelled: the record ends as failed with WeCom's errMsg. */
export function failSend(sendId: number, errMsg: string, options?: RequestOptions): Promise<SendRecordDto> {
  return http.post<SendRecordDto>(`/api/sends/${sendId}/fail`, { errMsg }, options);
}

/** The preview: what would be sent (variables filled, disclaimer appended) and whether the gate lets it through. */
export function checkSend(input: CheckSendInput, options?: RequestOptions): Promise<CheckSendResultDto> {
  return http.post<CheckSendResultDto>('/api/compliance/check-send', input, options);
}
