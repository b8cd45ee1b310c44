import { Promotion } from '@element-plus/icons-vue';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

export const campaignsModule: RouteModule = {
  routes: [
    upcomingRoute('/campaigns', 'campaigns', zhCN.menu.campaigns, ['hq', 'admin'], zhCN.upcoming.campaigns, Promotion),
  ],
};
