import type { RouteLocationRaw, Router } from 'vue-router';
import type { useSessionStore } from '@/stores/session';
import { roleMayVisit } from './access';

type SessionStore = ReturnType<typeof useSessionStore>;

export const HOME_ROUTE = { name: 'dashboard' } as const;

/** Only same-app paths are followed after login, so a crafted `?redirect=` cannot send the user elsewhere. */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

/**
 * Signed-out visitors go to the login page (remembering where they were heading); signed-in staff whose role does not
 * admit the route see the 403 page. The server enforces the same rules; this only keeps people off dead ends.
 */
export function installAccessGuard(router: Router, session: SessionStore): void {
  router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
    await session.restore();
    if (to.meta.public) {
      if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query['redirect']) ?? HOME_ROUTE;
      return true;
    }
    if (!session.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };
    if (!roleMayVisit(to, session.role)) return { name: 'forbidden', query: { from: to.fullPath } };
    return true;
  });
}

/** Sends the user to the login page after the server says the session is gone, keeping the current page to return to. */
export function returnToLogin(router: Router, session: SessionStore): void {
  session.clear();
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  void router.replace({ name: 'login', query: { redirect: current.fullPath } });
}
