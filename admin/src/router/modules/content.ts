import { Collection } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

const contentRoles: readonly Role[] = ['hq', 'compliance', 'admin'];
const { menu, upcoming } = zhCN;

export const contentModule: RouteModule = {
  section: { key: 'content', title: menu.content, icon: Collection },
  routes: [
    upcomingRoute('/content/scripts', 'content-scripts', menu.scripts, contentRoles, upcoming.scripts),
    upcomingRoute('/content/materials', 'content-materials', menu.materials, contentRoles, upcoming.materials),
    upcomingRoute('/content/activities', 'content-activities', menu.activities, contentRoles, upcoming.activities),
  ],
};
