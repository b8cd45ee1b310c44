import { TrendCharts } from '@element-plus/icons-vue';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

export const analyticsModule: RouteModule = {
  routes: [
    {
      path: '/analytics/team',
      name: 'analytics-team',
      component: () => import('@/views/analytics/team/index.vue'),
      meta: { title: zhCN.menu.teamAnalytics, roles: ['manager', 'hq', 'admin'], icon: TrendCharts },
    },
  ],
};
