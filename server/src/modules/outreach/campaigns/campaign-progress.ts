import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { Campaign, CampaignTask, OPEN_TASK_STATUSES } from './campaign.entities.js';

/** Moves a campaign along as its tasks settle: fanning_out → running → completed (conditional updates). */
@Injectable()
export class CampaignProgress {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async afterTaskChange(campaignId: number): Promise<void> {
    const notHandedOver = await this.tasks.count({ where: { campaignId, status: In(['pending', 'submitting']) } });
    if (notHandedOver === 0) await this.campaigns.update({ id: campaignId, status: 'fanning_out' }, { status: 'running' });
    const open = await this.tasks.count({ where: { campaignId, status: In([...OPEN_TASK_STATUSES]) } });
    if (open === 0) {
      await this.campaigns.update({ id: campaignId, status: In(['fanning_out', 'running']) }, { status: 'completed', completedAt: this.clock.now() });
    }
  }
}
