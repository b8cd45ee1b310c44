import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export class DashboardSummaryDto {
  @ApiProperty({ description: 'Clients in the caller’s scope' }) clients: number;
  @ApiProperty() advisors: number;
  @ApiProperty() departments: number;
  @ApiProperty({ description: 'Active advisor–client relations in scope' }) followsActive: number;
  @ApiProperty({ enum: ['simulator', 'live'] }) wecomMode: 'simulator' | 'live';
}

/** The admin's landing numbers, scoped like everything else. */
@ApiTags('dashboard')
@Controller('api/dashboard')
export class DashboardController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('summary')
  @ApiOkResponse({ type: DashboardSummaryDto })
  async summary(@CurrentActor() actor: Actor): Promise<DashboardSummaryDto> {
    const scope = await this.access.staffScope(actor);
    const staffFilter = scope.all ? '' : `AND f.staff_id IN (${scope.staffIds.map(Number).join(',')})`;
    const [follow] = await this.dataSource.query(
      `SELECT COUNT(*) AS follows, COUNT(DISTINCT f.client_id) AS clients FROM client_follows f WHERE f.state = 'active' ${staffFilter}`,
    );
    const departments = await this.access.visibleDepartmentIds(actor);
    const advisorsQuery = this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from('staff', 's')
      .where("s.role = 'advisor' AND s.status = 'active'");
    if (!scope.all) advisorsQuery.andWhere('s.id IN (:...ids)', { ids: scope.staffIds });
    const advisors = await advisorsQuery.getRawOne<{ n: string | number }>();
    const departmentCount =
      departments === 'all'
        ? Number((await this.dataSource.query('SELECT COUNT(*) AS n FROM departments'))[0].n)
        : departments.length;
    return {
      clients: Number(follow.clients),
      advisors: Number(advisors?.n ?? 0),
      departments: departmentCount,
      followsActive: Number(follow.follows),
      wecomMode: this.config.wecom.simulator ? 'simulator' : 'live',
    };
  }
}
