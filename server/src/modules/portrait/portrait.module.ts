import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientTag } from './entities/client-tag.entity.js';
import { RecomputeProgress } from './entities/recompute-progress.entity.js';
import { PortraitRuleSet } from './entities/rule-set.entity.js';
import { PortraitInputLoader } from './loading/portrait-input.loader.js';
import { ProfileController } from './profile/profile.controller.js';
import { ProfileRepository } from './profile/profile.repository.js';
import { ProfileService } from './profile/profile.service.js';
import { ClientActivityListener } from './recompute/client-activity.listener.js';
import { PortraitRecomputeService } from './recompute/portrait-recompute.service.js';
import { PortraitStore } from './recompute/portrait.store.js';
import { PortraitComputer } from './recompute/portrait-computer.js';
import { RecomputeJobsService } from './recompute/recompute-jobs.service.js';
import { RecomputeController } from './recompute/recompute.controller.js';
import { RulesPreviewService } from './rules/rules-preview.service.js';
import { RulesController } from './rules/rules.controller.js';
import { RulesService } from './rules/rules.service.js';
import { TagsController } from './tags/tags.controller.js';
import { TagsRepository } from './tags/tags.repository.js';
import { TagsService } from './tags/tags.service.js';

/** The value portrait (DESIGN §2): rules as data, batch and incremental recompute, tags, and the sidebar profile. */
@Module({
  imports: [TypeOrmModule.forFeature([PortraitRuleSet, ClientTag, RecomputeProgress])],
  controllers: [RulesController, RecomputeController, TagsController, ProfileController],
  providers: [
    RulesService,
    RulesPreviewService,
    PortraitInputLoader,
    PortraitStore,
    PortraitComputer,
    PortraitRecomputeService,
    RecomputeJobsService,
    ClientActivityListener,
    TagsRepository,
    TagsService,
    ProfileRepository,
    ProfileService,
  ],
  exports: [PortraitRecomputeService, RulesService],
})
export class PortraitModule {}
