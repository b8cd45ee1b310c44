import { storeToRefs } from 'pinia';
import { computed, type ComputedRef } from 'vue';
import { useClientProfileStore } from '@/stores/client-profile';
import { useWecomContext } from '@/wecom/use-wecom-context';
import type { ChatTarget } from './chat-target';

/**
 * The current chat as a send target: a group at once, a contact once its profile (and so its client id)
 * has loaded. Null while that is pending or when the contact is not the advisor's client.
 */
export function useChatTarget(): ComputedRef<ChatTarget | null> {
  const { externalUserId, chatId } = useWecomContext();
  const store = useClientProfileStore();
  const { clientId } = storeToRefs(store);
  if (externalUserId.value) void store.ensure(externalUserId.value);
  return computed(() => {
    if (chatId.value) return { kind: 'group', chatId: chatId.value };
    if (externalUserId.value && clientId.value !== null) {
      return { kind: 'contact', externalUserId: externalUserId.value, clientId: clientId.value };
    }
    return null;
  });
}
