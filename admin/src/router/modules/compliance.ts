import { Stamp } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

const complianceRoles: readonly Role[] = ['compliance', 'admin'];
/** Managers read their own team's audit trail (the server scopes it to their department subtree). */
const auditLogRoles: readonly Role[] = [...complianceRoles, 'manager'];
const { menu } = zhCN;

export const complianceModule: RouteModule = {
  section: { key: 'compliance', title: menu.compliance, icon: Stamp },
  routes: [
    {
      path: '/compliance/approvals',
      name: 'compliance-approvals',
      component: () => import('@/views/compliance/approvals/index.vue'),
      meta: { title: menu.approvals, roles: complianceRoles },
    },
    {
      path: '/compliance/lexicon',
      name: 'compliance-lexicon',
      component: () => import('@/views/compliance/lexicon/index.vue'),
      meta: { title: menu.lexicon, roles: complianceRoles },
    },
    {
      path: '/compliance/settings',
      name: 'compliance-settings',
      component: () => import('@/views/compliance/settings/index.vue'),
      meta: { title: menu.complianceSettings, roles: complianceRoles },
    },
    {
      path: '/compliance/audit-log',
      name: 'compliance-audit-log',
      component: () => import('@/views/compliance/audit-log/index.vue'),
      meta: { title: menu.auditLog, roles: auditLogRoles },
    },
  ],
};
