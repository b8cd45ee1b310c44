import { defineStore } from 'pinia';
import { computed } from 'vue';
import { fetchSidebarProfile } from '@/api/profile';
import type { ClientTagDto } from '@/api/portrait-types';
import { useResource } from '@/composables/use-resource';

/**
 * The current contact's profile (header, portrait, tags, top recommendations), fetched once and shared by
 * the 画像 and 推荐 tabs. The chat never changes under a loaded page (switching chats reloads it).
 */
export const useClientProfileStore = defineStore('clientProfile', () => {
  let externalUserId: string | null = null;
  const resource = useResource((options) => fetchSidebarProfile(externalUserId ?? '', options), false);

  /** Loads the contact's profile unless it is already loaded or loading. */
  function ensure(contact: string): Promise<void> {
    if (contact === externalUserId && (resource.data.value || resource.loading.value)) return Promise.resolve();
    externalUserId = contact;
    return resource.refresh();
  }

  /** Tag changes answer the full tag list; the rest of the profile is unchanged. */
  function replaceTags(tags: ClientTagDto[]): void {
    const current = resource.data.value;
    if (current) resource.data.value = { ...current, tags };
  }

  const clientId = computed(() => resource.data.value?.client.id ?? null);

  return {
    profile: resource.data,
    error: resource.error,
    loading: resource.loading,
    notFound: resource.notFound,
    clientId,
    refresh: resource.refresh,
    ensure,
    replaceTags,
  };
});
