import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router';
import { zhCN } from '@/locales/zh-CN';
import type { useSessionStore } from '@/stores/session';
import { installAccessGuard } from './guard';
import { adminRoutes } from './routes';
import './route-meta';

/** History mode under /admin/: the server answers index.html for any /admin/* path it has no file for. */
export function createAdminRouter(
  session: ReturnType<typeof useSessionStore>,
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
): Router {
  const router = createRouter({ history, routes: adminRoutes, scrollBehavior: () => ({ top: 0 }) });
  installAccessGuard(router, session);
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · ${zhCN.brand.name}` : zhCN.brand.name;
  });
  return router;
}
