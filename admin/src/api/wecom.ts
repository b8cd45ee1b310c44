import { http } from './http';
import type { WecomSelfCheck } from './types';

export const wecomApi = {
  selfCheck: () => http.get<WecomSelfCheck>('/wecom/self-check'),
};
