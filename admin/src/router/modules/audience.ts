import { User } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

const audienceRoles: readonly Role[] = ['hq', 'manager', 'admin'];
const { menu, upcoming } = zhCN;

export const audienceModule: RouteModule = {
  section: { key: 'audience', title: menu.audience, icon: User },
  routes: [
    upcomingRoute('/clients', 'clients', menu.clients, audienceRoles, upcoming.clients),
    upcomingRoute('/portrait/tag-rules', 'portrait-tag-rules', menu.tagRules, audienceRoles, upcoming.tagRules),
    upcomingRoute('/portrait/segments', 'portrait-segments', menu.segments, audienceRoles, upcoming.segments),
  ],
};
