import { storeToRefs } from 'pinia';
import { computed, type ComputedRef, type Ref } from 'vue';
import type { Me } from '@/api/types';
import { useSessionStore } from '@/stores/session';
import type { ChatContext } from './boot-types';

export interface WecomContext {
  me: Ref<Me | null>;
  context: Ref<ChatContext | null>;
  /** The external contact of a 1:1 customer chat, else null. */
  externalUserId: ComputedRef<string | null>;
  /** The customer group of a group chat, else null. */
  chatId: ComputedRef<string | null>;
  isDemo: Ref<boolean>;
}

/** The current advisor and chat, for views and composables below the boot gate. */
export function useWecomContext(): WecomContext {
  const { me, context, isDemo } = storeToRefs(useSessionStore());
  const externalUserId = computed(() => (context.value?.kind === 'contact' ? context.value.externalUserId : null));
  const chatId = computed(() => (context.value?.kind === 'group' ? context.value.chatId : null));
  return { me, context, externalUserId, chatId, isDemo };
}
