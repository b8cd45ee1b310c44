import { errorMessageZh } from '@valuelens/contracts';
import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ApiError, describeApiError } from '@/api/api-error';
import type { AccountLockedDetails } from '@/api/types';
import { zhCN } from '@/locales/zh-CN';
import { HOME_ROUTE, safeRedirect } from '@/router/guard';
import { useSessionStore } from '@/stores/session';
import { formatDateTime } from '@/utils/format';

function lockedUntil(details: unknown): string | null {
  const value = (details as Partial<AccountLockedDetails> | null | undefined)?.lockedUntil;
  return typeof value === 'string' ? value : null;
}

/** The inline message for a failed sign-in; a locked account says when it opens again. */
export function loginFailureMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessageZh('INTERNAL_ERROR');
  if (error.is('ACCOUNT_LOCKED')) {
    const until = lockedUntil(error.details);
    return until ? zhCN.login.lockedUntil(formatDateTime(until)) : errorMessageZh('ACCOUNT_LOCKED');
  }
  return describeApiError(error);
}

export function useLogin() {
  const session = useSessionStore();
  const route = useRoute();
  const router = useRouter();

  const form = reactive({ username: '', password: '' });
  const submitting = ref(false);
  const failure = ref<string | null>(null);

  async function submit(): Promise<void> {
    if (submitting.value) return;
    submitting.value = true;
    failure.value = null;
    try {
      await session.login({ username: form.username.trim(), password: form.password });
      await router.replace(safeRedirect(route.query['redirect']) ?? HOME_ROUTE);
    } catch (error) {
      failure.value = loginFailureMessage(error);
      form.password = '';
    } finally {
      submitting.value = false;
    }
  }

  return { form, submitting, failure, submit };
}
