import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from '../clients/client.entity.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { ImportRecord } from './entities/import-record.entity.js';
import { ClientImportWriter } from './import/client-import.writer.js';
import { ImportLookups } from './import/client-lookup.js';
import { ImportService } from './import/import.service.js';
import { ImportWriters } from './import/import-writers.js';
import { ImportsController } from './import/imports.controller.js';
import { CashFlowImportWriter, HoldingImportWriter, QuestionnaireImportWriter, TradeImportWriter } from './import/record-import.writers.js';
import { PiiRevealController } from './pii/pii-reveal.controller.js';
import { PiiRevealService } from './pii/pii-reveal.service.js';

/** Client data (products, holdings, trades, cash flows, questionnaires): batch import and audited PII reveal. */
@Module({
  imports: [TypeOrmModule.forFeature([Client, ImportRecord]), IngestModule],
  controllers: [ImportsController, PiiRevealController],
  providers: [
    ImportLookups,
    ClientImportWriter,
    HoldingImportWriter,
    TradeImportWriter,
    CashFlowImportWriter,
    QuestionnaireImportWriter,
    ImportWriters,
    ImportService,
    PiiRevealService,
  ],
  exports: [ImportService],
})
export class ClientDataModule {}
