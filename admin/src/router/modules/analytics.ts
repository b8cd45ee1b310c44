import { TrendCharts } from '@element-plus/icons-vue';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

export const analyticsModule: RouteModule = {
  routes: [
    upcomingRoute(
      '/analytics/team',
      'analytics-team',
      zhCN.menu.teamAnalytics,
      ['manager', 'hq', 'admin'],
      zhCN.upcoming.teamAnalytics,
      TrendCharts,
    ),
  ],
};
