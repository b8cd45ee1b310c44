import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { Campaign, CampaignTask } from './campaign.entities.js';

/** An advisor's own campaign task, for "edit and send" from the sidebar (sends.task_id). */
@Injectable()
export class CampaignTasksReader {
  constructor(
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
  ) {}

  async requireOwnTaskFor(actor: Actor, taskId: number, contentKind: string, contentId: number): Promise<CampaignTask> {
    const task = await this.tasks.findOneBy({ id: taskId, staffId: actor.staffId });
    if (!task) throw notFound('任务');
    const campaign = await this.campaigns.findOneBy({ id: task.campaignId });
    if (!campaign || campaign.contentKind !== contentKind || campaign.contentId !== contentId) {
      throw new AppError('VALIDATION_FAILED', '发送的内容与任务内容不一致');
    }
    return task;
  }
}
