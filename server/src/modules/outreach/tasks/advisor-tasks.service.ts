import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { CampaignTask } from '../campaigns/campaign.entities.js';
import { CampaignProgress } from '../campaigns/campaign-progress.js';
import type { AdvisorTaskDto } from './advisor-tasks.dto.js';

type TaskRow = {
  id: number | string; campaign_id: number | string; campaign_name: string; channel: string; content_kind: 'script' | 'material';
  content_id: number | string; version_id: number | string | null; status: string; recipient_count: number | string;
  submitted_at: Date | string | null; confirmed_at: Date | string | null;
};

/** HQ campaign tasks as the advisor's to-dos (GET /api/tasks), newest first. */
@Injectable()
export class AdvisorTasksService {
  constructor(
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: CampaignProgress,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<AdvisorTaskDto[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['t.id AS id', 't.campaign_id AS campaign_id', 'c.name AS campaign_name', 'c.channel AS channel', 'c.content_kind AS content_kind', 'c.content_id AS content_id'])
      .addSelect(['c.version_id AS version_id', 't.status AS status', 't.recipient_count AS recipient_count', 't.submitted_at AS submitted_at', 't.confirmed_at AS confirmed_at'])
      .from('campaign_tasks', 't')
      .innerJoin('campaigns', 'c', 'c.id = t.campaign_id')
      .where('t.staff_id = :staffId AND c.origin = :hq', { staffId: actor.staffId, hq: 'hq' })
      .orderBy('t.id', 'DESC')
      .limit(200)
      .getRawMany<TaskRow>();
    const ids = rows.map((r) => Number(r.id));
    const [outcomes, titles] = await Promise.all([this.outcomes(ids), this.titles(rows)]);
    return rows.map((r) => {
      const id = Number(r.id);
      return {
        id,
        campaignId: Number(r.campaign_id),
        campaignName: r.campaign_name,
        channel: r.channel,
        contentKind: r.content_kind,
        contentId: Number(r.content_id),
        versionId: r.version_id === null ? null : Number(r.version_id),
        title: r.version_id === null ? null : (titles.get(`${r.content_kind}:${Number(r.version_id)}`) ?? null),
        status: r.status,
        needsConfirmation: r.status === 'submitted',
        recipientCount: Number(r.recipient_count),
        deliveredCount: outcomes.get(`${id}:delivered`) ?? 0,
        failedCount: outcomes.get(`${id}:failed`) ?? 0,
        submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
        confirmedAt: r.confirmed_at === null ? null : new Date(r.confirmed_at),
      };
    });
  }

  /** The advisor closes the to-do (sent from WeCom, or chose to send one by one from the sidebar). */
  async done(actor: Actor, id: number): Promise<void> {
    const task = await this.tasks.findOneBy({ id, staffId: actor.staffId });
    if (!task) throw notFound('任务');
    if (task.status === 'done') return;
    const updated = await this.tasks.update({ id, status: In(['submitted', 'confirmed', 'partially']) }, { status: 'done', doneAt: this.clock.now() });
    if ((updated.affected ?? 0) !== 1) throw new AppError('INVALID_STATE', '任务尚未下发或已结束');
    await this.progress.afterTaskChange(task.campaignId);
  }

  private async outcomes(taskIds: number[]): Promise<Map<string, number>> {
    if (taskIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['s.task_id AS task_id', 's.status AS status', 'COUNT(*) AS n'])
      .from('sends', 's')
      .where('s.task_id IN (:...taskIds) AND s.status IN (:...final)', { taskIds, final: ['delivered', 'failed'] })
      .groupBy('s.task_id')
      .addGroupBy('s.status')
      .getRawMany<{ task_id: number | string; status: string; n: number | string }>();
    return new Map(rows.map((r) => [`${Number(r.task_id)}:${r.status}`, Number(r.n)]));
  }

  private async titles(rows: TaskRow[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    for (const kind of ['script', 'material'] as const) {
      const ids = [...new Set(rows.filter((r) => r.content_kind === kind && r.version_id !== null).map((r) => Number(r.version_id)))];
      if (ids.length === 0) continue;
      const found = await this.dataSource
        .createQueryBuilder()
        .select(['v.id AS id', 'v.title AS title'])
        .from(kind === 'script' ? 'script_versions' : 'material_versions', 'v')
        .where('v.id IN (:...ids)', { ids })
        .getRawMany<{ id: number | string; title: string }>();
      for (const row of found) titles.set(`${kind}:${Number(row.id)}`, row.title);
    }
    return titles;
  }
}
