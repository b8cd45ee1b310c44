import { Setting } from '@element-plus/icons-vue';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

const { menu } = zhCN;

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
    {
      path: '/settings/api-keys',
      name: 'settings-api-keys',
      component: () => import('@/views/settings/api-keys/index.vue'),
      meta: { title: menu.apiKeys, roles: ['admin'] },
    },
    {
      path: '/settings/jobs',
      name: 'settings-jobs',
      component: () => import('@/views/settings/jobs/index.vue'),
      meta: { title: menu.jobs, roles: ['admin'] },
    },
  ],
};
