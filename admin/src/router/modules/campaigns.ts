import { Promotion } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

const campaignRoles: readonly Role[] = ['hq', 'admin'];
const { menu, campaigns } = zhCN;

export const campaignsModule: RouteModule = {
  routes: [
    {
      path: '/campaigns',
      name: 'campaigns',
      component: () => import('@/views/campaigns/index.vue'),
      meta: { title: menu.campaigns, roles: campaignRoles, icon: Promotion },
    },
    {
      path: '/campaigns/new',
      name: 'campaign-create',
      component: () => import('@/views/campaigns/create.vue'),
      meta: { title: campaigns.form.title, roles: campaignRoles, hideInMenu: true, menuPath: '/campaigns' },
    },
    {
      path: '/campaigns/:id(\\d+)',
      name: 'campaign-detail',
      component: () => import('@/views/campaigns/detail.vue'),
      props: true,
      meta: { title: campaigns.detail.title, roles: campaignRoles, hideInMenu: true, menuPath: '/campaigns' },
    },
  ],
};
