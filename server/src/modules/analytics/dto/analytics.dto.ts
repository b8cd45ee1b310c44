import { ApiProperty } from '@nestjs/swagger';
import type { AdvisorMetrics } from '../metrics/advisor-metrics.js';

const Count = (description: string): PropertyDecorator => ApiProperty({ type: Number, description });
const Maybe = (description: string): PropertyDecorator => ApiProperty({ type: Number, nullable: true, description });

/** The manager's per-advisor metrics (metrics/advisor-metrics.ts says how each is computed). */
export class AdvisorMetricsDto implements AdvisorMetrics {
  @Count('期末客户数（有效好友关系）') clients: number;
  @Count('期间新增客户') newClients: number;
  @Count('期间流失客户') lostClients: number;
  @Count('期间被发送触达的客户（去重）') contactedClients: number;
  @Maybe('覆盖率 = 触达客户 ÷ 期末客户，0–1') coverage: number | null;
  @Count('一对一发送') sendsChat: number;
  @Count('群发给客户') sendsMass: number;
  @Count('客户群群发') sendsGroupMass: number;
  @Count('朋友圈') sendsMoments: number;
  @Count('转发分享') sendsShare: number;
  @Count('发送合计') sendsTotal: number;
  @Count('下发的群发任务') massTasksAssigned: number;
  @Count('已确认的群发任务') massTasksConfirmed: number;
  @Maybe('群发确认率，0–1') confirmationRate: number | null;
  @Count('打开内容的客户（去重，不含转发）') openedClients: number;
  @Count('打开次数（不含转发）') openViews: number;
  @Maybe('平均阅读时长（秒）') avgDwellSec: number | null;
  @Maybe('阅读时长中位数（秒，分桶估算）') medianDwellSec: number | null;
  @Count('期间产生的预警') alertsCreated: number;
  @Count('其中已处理') alertsHandled: number;
  @Maybe('预警处理时长中位数（小时，分桶估算）') medianHandleHours: number | null;
  @Maybe('24 小时内处理的预警占比，0–1') handledWithin24hRate: number | null;
  @Count('内容打开后 7 天内的购买') conversions: number;
  @ApiProperty({ type: Number, description: '客户资金净流入（转入 − 转出，元）' }) netFlow: number;
  @Count('合规标记') complianceFlags: number;
}

export class AdvisorRowDto {
  @ApiProperty() staffId: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) departmentId: number | null;
  @ApiProperty({ type: String, nullable: true }) departmentName: string | null;
  @ApiProperty({ type: AdvisorMetricsDto }) metrics: AdvisorMetricsDto;
}

export class AdvisorPageDto {
  @ApiProperty({ example: '2026-09-01' }) from: string;
  @ApiProperty({ example: '2026-11-29' }) to: string;
  @ApiProperty({ type: [AdvisorRowDto] }) items: AdvisorRowDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: AdvisorMetricsDto, description: '范围内全部顾问的合计（比率按合计重新计算）' }) totals: AdvisorMetricsDto;
}

export class TrendPointDto {
  @ApiProperty({ description: '周期第一天', example: '2026-11-23' }) period: string;
  @ApiProperty({ description: '周期最后一天', example: '2026-11-29' }) periodEnd: string;
  @ApiProperty({ type: AdvisorMetricsDto }) metrics: AdvisorMetricsDto;
}

export class AdvisorTrendDto {
  @ApiProperty() staffId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['day', 'week'] }) granularity: 'day' | 'week';
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [TrendPointDto] }) points: TrendPointDto[];
}

export class AdvisorClientRowDto {
  @ApiProperty() clientId: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: '好友关系状态' }) followState: string;
  @ApiProperty({ type: Date, nullable: true }) addTime: Date | null;
  @ApiProperty({ description: '期间发送次数' }) sends: number;
  @ApiProperty({ type: Date, nullable: true }) lastContactAt: Date | null;
  @ApiProperty({ description: '期间打开次数（不含转发）' }) openViews: number;
  @ApiProperty({ description: '期间阅读时长合计（秒）' }) dwellSec: number;
  @ApiProperty({ type: Date, nullable: true }) lastOpenAt: Date | null;
  @ApiProperty({ description: '打开后 7 天内的购买' }) conversions: number;
  @ApiProperty({ description: '资金净流入（元）' }) netFlow: number;
}

export class AdvisorClientPageDto {
  @ApiProperty() staffId: number;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [AdvisorClientRowDto] }) items: AdvisorClientRowDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class BranchRowDto {
  @ApiProperty() departmentId: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: '顾问人数' }) advisors: number;
  @ApiProperty({ type: AdvisorMetricsDto }) metrics: AdvisorMetricsDto;
}

export class BranchRollupDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: Number, nullable: true, description: '被汇总下级的上级部门' }) parentId: number | null;
  @ApiProperty({ type: [BranchRowDto] }) items: BranchRowDto[];
  @ApiProperty({ type: AdvisorMetricsDto }) totals: AdvisorMetricsDto;
}

export class RollupStartedDto {
  @ApiProperty() jobId: string;
  @ApiProperty({ description: '相同范围的任务已在排队' }) duplicate: boolean;
}
