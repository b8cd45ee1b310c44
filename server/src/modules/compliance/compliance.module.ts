import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from '../clients/client.entity.js';
import { Department } from '../org/department.entity.js';
import { LexiconEntryRow, LexiconVersion } from './screening/lexicon.entities.js';
import { LexiconController } from './screening/lexicon.controller.js';
import { LexiconService } from './screening/lexicon.service.js';
import { ScreeningService } from './screening/screening.service.js';
import { CheckSendController } from './send-gate/check-send.controller.js';
import { SendGateService } from './send-gate/send-gate.service.js';
import { SendRecipientLoader } from './send-gate/send-recipient.loader.js';
import { ComplianceSetting } from './settings/compliance-setting.entity.js';
import { ComplianceSettingsController } from './settings/compliance-settings.controller.js';
import { ComplianceSettingsService } from './settings/compliance-settings.service.js';

/**
 * Compliance gate (DESIGN §3): lexicon screening, settings and the one send gate. Global so the library
 * (submission screening, recommendations) and outreach (every send path) inject the same services.
 * The gate reads content through SENDABLE_CONTENT (library) and history through SEND_HISTORY_SOURCE
 * (outreach, optional).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([LexiconEntryRow, LexiconVersion, ComplianceSetting, Client, Department])],
  controllers: [LexiconController, ComplianceSettingsController, CheckSendController],
  providers: [ScreeningService, LexiconService, ComplianceSettingsService, SendRecipientLoader, SendGateService],
  exports: [ScreeningService, ComplianceSettingsService, SendGateService],
})
export class ComplianceModule {}
