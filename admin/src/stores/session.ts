import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Role } from '@valuelens/contracts';
import { ApiError } from '@/api/api-error';
import { authApi } from '@/api/auth';
import type { AuthSession, LoginRequest, SessionStaff } from '@/api/types';

/** Who is signed in. The session itself lives in an httpOnly cookie; this store only mirrors what the server said. */
export const useSessionStore = defineStore('session', () => {
  const staff = ref<SessionStaff | null>(null);
  const expiresAt = ref<string | null>(null);
  /** True once the server has answered whether the cookie holds a session. */
  const resolved = ref(false);
  let pendingRestore: Promise<void> | null = null;

  const isAuthenticated = computed(() => staff.value !== null);
  const role = computed<Role | null>(() => staff.value?.role ?? null);

  function establish(session: AuthSession): void {
    staff.value = session.staff;
    expiresAt.value = session.expiresAt;
    resolved.value = true;
  }

  function clear(): void {
    staff.value = null;
    expiresAt.value = null;
    resolved.value = true;
  }

  /** Asks the server once per page load; concurrent callers share the same request. */
  function restore(): Promise<void> {
    if (resolved.value) return Promise.resolve();
    pendingRestore ??= authApi
      .me()
      .then(establish, clear)
      .finally(() => {
        pendingRestore = null;
      });
    return pendingRestore;
  }

  async function login(credentials: LoginRequest): Promise<void> {
    establish(await authApi.login(credentials));
  }

  /** Ends the session on the server; the local copy is dropped even if the server could not be reached. */
  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    } finally {
      clear();
    }
  }

  return { staff, expiresAt, resolved, isAuthenticated, role, restore, login, logout, clear };
});
