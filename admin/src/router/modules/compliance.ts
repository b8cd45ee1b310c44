import { Stamp } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import { upcomingRoute, type RouteModule } from '../route-module';

const complianceRoles: readonly Role[] = ['compliance', 'admin'];
const { menu, upcoming } = zhCN;

export const complianceModule: RouteModule = {
  section: { key: 'compliance', title: menu.compliance, icon: Stamp },
  routes: [
    upcomingRoute('/compliance/approvals', 'compliance-approvals', menu.approvals, complianceRoles, upcoming.approvals),
    upcomingRoute('/compliance/lexicon', 'compliance-lexicon', menu.lexicon, complianceRoles, upcoming.lexicon),
    upcomingRoute('/compliance/audit-log', 'compliance-audit-log', menu.auditLog, complianceRoles, upcoming.auditLog),
  ],
};
