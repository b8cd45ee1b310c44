import type { RouteModule } from '../route-module';
import { analyticsModule } from './analytics';
import { audienceModule } from './audience';
import { campaignsModule } from './campaigns';
import { complianceModule } from './compliance';
import { contentModule } from './content';
import { settingsModule } from './settings';
import { workbenchModule } from './workbench';

/** Feature areas in menu order (工作台 → 内容库 → 合规 → 客户与画像 → 营销活动 → 团队分析 → 设置). */
export const routeModules: readonly RouteModule[] = [
  workbenchModule,
  contentModule,
  complianceModule,
  audienceModule,
  campaignsModule,
  analyticsModule,
  settingsModule,
];
