import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorpTag } from './corp-tag.entity.js';
import { Department } from './department.entity.js';
import { OrgController } from './org.controller.js';
import { OrgRepository } from './org.repository.js';
import { OrgService } from './org.service.js';
import { OrgSyncService } from './org-sync.service.js';
import { Staff } from './staff.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Department, Staff, CorpTag])],
  controllers: [OrgController],
  providers: [OrgRepository, OrgService, OrgSyncService],
  exports: [OrgSyncService],
})
export class OrgModule {}
