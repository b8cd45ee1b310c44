import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import { Campaign } from './campaign.entities.js';
import { toCampaignDto } from './campaign-views.js';
import type { AdvisorBreakdownDto, CampaignDetailDto, CampaignPageDto, CampaignProgressDto, CampaignQuery, ExclusionQuery, ExclusionReportDto } from './campaigns.dto.js';

type CountRow = { k: string | number | null; n: number | string };
const countMap = (rows: CountRow[]): Record<string, number> => Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));

/** Read side of campaigns: list, progress funnel, exclusion report, per-advisor breakdown (set-based queries). */
@Injectable()
export class CampaignReports {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async page(query: CampaignQuery, createdBy?: number): Promise<CampaignPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where: FindOptionsWhere<Campaign> = {
      ...(query.status ? { status: query.status as Campaign['status'] } : {}),
      ...(query.origin ? { origin: query.origin } : {}),
      ...(createdBy !== undefined ? { createdBy } : {}),
    };
    const [items, total] = await this.campaigns.findAndCount({ where, order: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { total, page, pageSize, items: items.map(toCampaignDto) };
  }

  async detail(campaign: Campaign): Promise<CampaignDetailDto> {
    return { ...toCampaignDto(campaign), progress: await this.progress(campaign.id) };
  }

  async progress(campaignId: number): Promise<CampaignProgressDto> {
    const sends = countMap(
      await this.dataSource
        .createQueryBuilder()
        .select(['s.status AS k', 'COUNT(*) AS n'])
        .from('sends', 's')
        .where('s.campaign_id = :campaignId', { campaignId })
        .groupBy('s.status')
        .getRawMany<CountRow>(),
    );
    const tasksByStatus = countMap(
      await this.dataSource
        .createQueryBuilder()
        .select(['t.status AS k', 'COUNT(*) AS n'])
        .from('campaign_tasks', 't')
        .where('t.campaign_id = :campaignId', { campaignId })
        .groupBy('t.status')
        .getRawMany<CountRow>(),
    );
    const confirmed = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from('sends', 's')
      .innerJoin('campaign_tasks', 't', 't.id = s.task_id')
      .where('s.campaign_id = :campaignId AND t.confirmed_at IS NOT NULL', { campaignId })
      .getRawOne<{ n: number | string }>();
    // Opens: viewers of the campaign's tracked links (a mass message carries one link per task, so every
    // distinct viewer counts; the tracking feature records them in link_views).
    const opened = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(DISTINCT v.viewer_id)', 'n')
      .from('link_views', 'v')
      .innerJoin('tracked_links', 'l', 'l.token = v.token')
      .where('l.campaign_id = :campaignId', { campaignId })
      .getRawOne<{ n: number | string }>();
    const total = Object.values(sends).reduce((sum, n) => sum + n, 0);
    return {
      assigned: total,
      pendingConfirm: sends.pending_confirm ?? 0,
      confirmed: Number(confirmed?.n ?? 0),
      delivered: sends.delivered ?? 0,
      failed: sends.failed ?? 0,
      cancelled: sends.cancelled ?? 0,
      tasksByStatus,
      opened: Number(opened?.n ?? 0),
      // Conversions need the brokerage's trade attribution, which link tracking does not record yet.
      converted: null,
    };
  }

  async exclusions(campaignId: number, query: ExclusionQuery): Promise<ExclusionReportDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const countsByCode = countMap(
      await this.dataSource
        .createQueryBuilder()
        .select(['e.code AS k', 'COUNT(*) AS n'])
        .from('campaign_exclusions', 'e')
        .where('e.campaign_id = :campaignId', { campaignId })
        .groupBy('e.code')
        .getRawMany<CountRow>(),
    );
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['e.client_id AS client_id', 'c.name AS client_name', 'e.staff_id AS staff_id', 'e.code AS code', 'e.reason AS reason'])
      .from('campaign_exclusions', 'e')
      .innerJoin('clients', 'c', 'c.id = e.client_id')
      .where('e.campaign_id = :campaignId', { campaignId });
    if (query.code) qb.andWhere('e.code = :code', { code: query.code });
    const rows = await qb
      .orderBy('e.client_id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<{ client_id: number | string; client_name: string; staff_id: number | string | null; code: string; reason: string }>();
    return {
      total: query.code ? (countsByCode[query.code] ?? 0) : Object.values(countsByCode).reduce((sum, n) => sum + n, 0),
      countsByCode,
      page,
      pageSize,
      items: rows.map((r) => ({ clientId: Number(r.client_id), clientName: r.client_name, staffId: r.staff_id === null ? null : Number(r.staff_id), code: r.code, reasonZh: r.reason })),
    };
  }

  async advisors(campaignId: number): Promise<AdvisorBreakdownDto[]> {
    const tasks = await this.dataSource
      .createQueryBuilder()
      .select(['t.staff_id AS staff_id', 'st.name AS staff_name', 't.status AS status', 'COUNT(*) AS n', 'SUM(t.recipient_count) AS assigned', 'SUM(t.reminder_count) AS reminders'])
      .from('campaign_tasks', 't')
      .innerJoin('staff', 'st', 'st.id = t.staff_id')
      .where('t.campaign_id = :campaignId', { campaignId })
      .groupBy('t.staff_id')
      .addGroupBy('st.name')
      .addGroupBy('t.status')
      .getRawMany<{ staff_id: number | string; staff_name: string; status: string; n: number | string; assigned: number | string; reminders: number | string }>();
    const outcomes = await this.dataSource
      .createQueryBuilder()
      .select(['s.staff_id AS staff_id', 's.status AS status', 'COUNT(*) AS n'])
      .from('sends', 's')
      .where('s.campaign_id = :campaignId AND s.status IN (:...final)', { campaignId, final: ['delivered', 'failed'] })
      .groupBy('s.staff_id')
      .addGroupBy('s.status')
      .getRawMany<{ staff_id: number | string; status: string; n: number | string }>();
    const byStaff = new Map<number, AdvisorBreakdownDto>();
    for (const row of tasks) {
      const staffId = Number(row.staff_id);
      const entry = byStaff.get(staffId) ?? { staffId, staffName: row.staff_name, tasks: 0, tasksByStatus: {}, assigned: 0, delivered: 0, failed: 0, reminders: 0 };
      entry.tasks += Number(row.n);
      entry.tasksByStatus[row.status] = Number(row.n);
      entry.assigned += Number(row.assigned ?? 0);
      entry.reminders += Number(row.reminders ?? 0);
      byStaff.set(staffId, entry);
    }
    for (const row of outcomes) {
      const entry = byStaff.get(Number(row.staff_id));
      if (!entry) continue;
      if (row.status === 'delivered') entry.delivered = Number(row.n);
      else entry.failed = Number(row.n);
    }
    return [...byStaff.values()].sort((a, b) => a.staffId - b.staffId);
  }
}
