import type { ContentKind, MaterialType, RecommendationBlockDto } from '@/api/portrait-types';
import type { SendTarget } from '@/api/outreach-types';

/** The chat the sidebar is open in, with what each endpoint needs to address it. */
export type ChatTarget = { kind: 'contact'; externalUserId: string; clientId: number } | { kind: 'group'; chatId: string };

/** POST /api/sends/prepare addresses the chat as WeCom named it. */
export function sendTargetOf(target: ChatTarget): SendTarget {
  return target.kind === 'contact' ? { externalUserId: target.externalUserId } : { chatId: target.chatId };
}

/** POST /api/compliance/check-send addresses a client by id. */
export function checkTargetOf(target: ChatTarget): { clientId: number } | { chatId: string } {
  return target.kind === 'contact' ? { clientId: target.clientId } : { chatId: target.chatId };
}

/** One piece of library content as the send sheet opens it (a recommendation, a list row, a task, an alert's script). */
export interface ContentRef {
  kind: ContentKind;
  id: number;
  title: string;
  variantId?: number | null;
  materialType?: MaterialType | null;
  /** Already known not to be sendable (recommendation `blocked`, product content in a group): nothing is requested. */
  blocked?: RecommendationBlockDto;
  /** An HQ task this send fulfils ("编辑后发送" of a campaign to-do). */
  taskId?: number;
}
