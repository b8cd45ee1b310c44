import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { setUnauthenticatedHandler } from '@/api/http';
import { runBoot } from '@/wecom/boot';
import { browserBootDeps } from '@/wecom/boot-deps';
import type { BootState } from '@/wecom/boot-types';
import { clearDemoPick, loadDemoPick, saveDemoPick, type DemoPick } from '@/wecom/dev-bridge/demo-pick';

/** Who is signed in and which chat the sidebar serves: the outcome of the boot flow. */
export const useSessionStore = defineStore('session', () => {
  const state = ref<BootState>({ status: 'booting', step: 'environment' });
  let running: Promise<void> | null = null;
  /** Demo mode's advisor and chat, known before the boot finishes so the demo bar never pops in late. */
  const demoPick = ref<DemoPick | null>(loadDemoPick(window.sessionStorage));

  const me = computed(() => (state.value.status === 'ready' ? state.value.me : null));
  const context = computed(() => (state.value.status === 'ready' ? state.value.context : null));
  const isDemo = computed(
    () => state.value.status === 'demo-pick' || (('demo' in state.value) && state.value.demo),
  );

  async function boot(): Promise<void> {
    state.value = { status: 'booting', step: 'environment' };
    const outcome = await runBoot(browserBootDeps(), (step) => {
      state.value = { status: 'booting', step };
    });
    state.value = outcome;
    if (outcome.status === 'redirecting') window.location.assign(outcome.url);
  }

  /** Runs (or joins) the boot flow; a retry after a failure starts it again from the top. */
  function start(): Promise<void> {
    running ??= boot().finally(() => {
      running = null;
    });
    return running;
  }

  function completeDemoPick(pick: DemoPick): Promise<void> {
    saveDemoPick(window.sessionStorage, pick);
    demoPick.value = pick;
    return start();
  }

  /** Back to the picker. A reload drops every cached view and store of the previous advisor. */
  function switchDemoChat(): void {
    clearDemoPick(window.sessionStorage);
    window.location.reload();
  }

  // A 401 during work means the session expired: boot again (OAuth in WeCom, a fresh code in demo mode).
  setUnauthenticatedHandler(() => void start());

  return { state, me, context, isDemo, demoPick, start, completeDemoPick, switchDemoChat };
});
