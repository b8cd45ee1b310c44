import { Injectable } from '@nestjs/common';
import type { ImportKind } from '../entities/import-record.entity.js';
import { ClientImportWriter } from './client-import.writer.js';
import type { ImportWriter } from './import-writer.js';
import { CashFlowImportWriter, HoldingImportWriter, QuestionnaireImportWriter, TradeImportWriter } from './record-import.writers.js';

/** The writer of each import kind. */
@Injectable()
export class ImportWriters {
  private readonly byKind: Record<ImportKind, ImportWriter<never>>;

  constructor(clients: ClientImportWriter, holdings: HoldingImportWriter, trades: TradeImportWriter, cashFlows: CashFlowImportWriter, questionnaires: QuestionnaireImportWriter) {
    this.byKind = { clients, holdings, trades, cash_flows: cashFlows, questionnaires };
  }

  /** Rows reaching a writer were validated against that kind's schema, so the row type matches. */
  for(kind: ImportKind): ImportWriter<Record<string, unknown>> {
    return this.byKind[kind] as unknown as ImportWriter<Record<string, unknown>>;
  }
}
