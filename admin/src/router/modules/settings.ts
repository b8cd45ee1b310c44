import { Setting } from '@element-plus/icons-vue';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

const { menu, upcoming } = zhCN;

export const settingsModule: RouteModule = {
  section: { key: 'settings', title: menu.settings, icon: Setting },
  routes: [
    {
      path: '/settings/org',
      name: 'settings-org',
      component: () => import('@/views/org/index.vue'),
      meta: { title: menu.org, roles: ['admin', 'hq'] },
    },
    {
      path: '/settings/wecom',
      name: 'settings-wecom',
      component: () => import('@/views/wecom-check/index.vue'),
      meta: { title: menu.wecomCheck, roles: ['admin'] },
    },
    upcomingRoute('/settings/api-keys', 'settings-api-keys', menu.apiKeys, ['admin'], upcoming.apiKeys),
    upcomingRoute('/settings/jobs', 'settings-jobs', menu.jobs, ['admin'], upcoming.jobs),
  ],
};
