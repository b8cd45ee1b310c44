import { Odometer } from '@element-plus/icons-vue';
import { ROLES } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

export const workbenchModule: RouteModule = {
  routes: [
    {
      path: '/dashboard',
      name: 'dashboard',
      component: () => import('@/views/dashboard/index.vue'),
      meta: { title: zhCN.menu.dashboard, roles: ROLES, icon: Odometer },
    },
  ],
};
