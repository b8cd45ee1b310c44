import { User } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

const audienceRoles: readonly Role[] = ['hq', 'manager', 'admin'];
const { menu } = zhCN;

export const audienceModule: RouteModule = {
  section: { key: 'audience', title: menu.audience, icon: User },
  routes: [
    {
      path: '/clients',
      name: 'clients',
      component: () => import('@/views/audience/clients/index.vue'),
      meta: { title: menu.clients, roles: audienceRoles },
    },
    {
      path: '/clients/:id(\\d+)',
      name: 'client-detail',
      component: () => import('@/views/audience/clients/detail.vue'),
      props: true,
      meta: { title: zhCN.audience.detail.title, roles: audienceRoles, hideInMenu: true, menuPath: '/clients' },
    },
    {
      path: '/portrait/tag-rules',
      name: 'portrait-tag-rules',
      component: () => import('@/views/audience/rules/index.vue'),
      // The rules API admits HQ and administrators only (server portrait/rules/rules.controller.ts).
      meta: { title: menu.tagRules, roles: ['hq', 'admin'] },
    },
    {
      path: '/portrait/segments',
      name: 'portrait-segments',
      component: () => import('@/views/audience/segments/index.vue'),
      meta: { title: menu.segments, roles: audienceRoles },
    },
  ],
};
