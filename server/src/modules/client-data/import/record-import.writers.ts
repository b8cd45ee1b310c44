import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import type { ImportRowError } from '../entities/import-record.entity.js';
import { CashFlow } from '../entities/cash-flow.entity.js';
import { Holding } from '../entities/holding.entity.js';
import type { Product } from '../entities/product.entity.js';
import { Questionnaire } from '../entities/questionnaire.entity.js';
import { Trade } from '../entities/trade.entity.js';
import { ImportLookups } from './client-lookup.js';
import type { CashFlowImportRow, HoldingImportRow, QuestionnaireImportRow, TradeImportRow } from './import-schemas.js';
import { type ImportWriter, rowError, type UpsertCandidate, upsertSupplied, type ValidRow, type WriteOutcome } from './import-writer.js';

interface Resolved<T> {
  row: ValidRow<T>;
  clientId: number;
}

/** Resolves every row's customer number in one query; rows of unknown customers become errors. */
async function resolveClients<T extends { customer_no: string }>(
  lookups: ImportLookups,
  manager: EntityManager,
  rows: ValidRow<T>[],
): Promise<{ resolved: Resolved<T>[]; errors: ImportRowError[] }> {
  const ids = await lookups.clientIdsByCustomerNo(manager, rows.map((r) => r.value.customer_no));
  const resolved: Resolved<T>[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const clientId = ids.get(row.value.customer_no);
    if (clientId === undefined) errors.push(rowError(row.row, 'customer_no', 'CLIENT_NOT_FOUND', '客户号不存在，请先导入客户'));
    else resolved.push({ row, clientId });
  }
  return { resolved, errors };
}

const touched = (rows: Resolved<unknown>[]): number[] => [...new Set(rows.map((r) => r.clientId))];

@Injectable()
export class HoldingImportWriter implements ImportWriter<HoldingImportRow> {
  constructor(private readonly lookups: ImportLookups) {}

  async write(manager: EntityManager, rows: ValidRow<HoldingImportRow>[], now: Date): Promise<WriteOutcome> {
    const { resolved, errors } = await resolveClients(this.lookups, manager, rows);
    const products = await this.lookups.productsByCode(manager, resolved.map((r) => r.row.value.product_code));
    const candidates: UpsertCandidate<Holding>[] = [];
    const written: Resolved<HoldingImportRow>[] = [];
    for (const r of resolved) {
      const v = r.row.value;
      const product: Product | undefined = products.get(v.product_code);
      const category = v.product_category ?? product?.category;
      const riskLevel = v.risk_level ?? product?.riskLevel;
      if (!category || !riskLevel) {
        errors.push(rowError(r.row.row, 'product_code', 'PRODUCT_NOT_FOUND', '产品未登记，请在文件中提供产品类别和产品风险等级'));
        continue;
      }
      written.push(r);
      candidates.push({
        values: { clientId: r.clientId, productCode: v.product_code, productCategory: category, riskLevel, marketValue: v.market_value, costValue: v.cost_value, openedAt: v.opened_at ?? now, updatedAt: now },
        // A position's opening date is kept unless the file states it.
        updates: ['product_category', 'risk_level', 'market_value', 'cost_value', 'updated_at', ...(v.opened_at ? ['opened_at'] : [])],
      });
    }
    await upsertSupplied(manager.getRepository(Holding), candidates, ['client_id', 'product_code']);
    return { errors, clientIds: touched(written) };
  }
}

@Injectable()
export class TradeImportWriter implements ImportWriter<TradeImportRow> {
  constructor(private readonly lookups: ImportLookups) {}

  async write(manager: EntityManager, rows: ValidRow<TradeImportRow>[]): Promise<WriteOutcome> {
    const { resolved, errors } = await resolveClients(this.lookups, manager, rows);
    const products = await this.lookups.productsByCode(manager, resolved.map((r) => r.row.value.product_code));
    const candidates: UpsertCandidate<Trade>[] = resolved.map(({ row: { value: v }, clientId }) => {
      const product = products.get(v.product_code);
      return {
        values: {
          id: v.id,
          clientId,
          time: v.time,
          side: v.side,
          productCode: v.product_code,
          riskLevel: v.risk_level ?? product?.riskLevel ?? null,
          amount: v.amount,
          realizedPnl: v.realized_pnl ?? null,
          isHotListName: v.is_hot_list_name ?? product?.isHot ?? false,
        },
        updates: ['client_id', 'time', 'side', 'product_code', 'risk_level', 'amount', 'realized_pnl', 'is_hot_list_name'],
      };
    });
    await upsertSupplied(manager.getRepository(Trade), candidates, ['id']);
    return { errors, clientIds: touched(resolved) };
  }
}

@Injectable()
export class CashFlowImportWriter implements ImportWriter<CashFlowImportRow> {
  constructor(private readonly lookups: ImportLookups) {}

  async write(manager: EntityManager, rows: ValidRow<CashFlowImportRow>[]): Promise<WriteOutcome> {
    const { resolved, errors } = await resolveClients(this.lookups, manager, rows);
    const candidates: UpsertCandidate<CashFlow>[] = resolved.map(({ row: { value: v }, clientId }) => ({
      values: { id: v.id, clientId, time: v.time, direction: v.direction, amount: v.amount },
      updates: ['client_id', 'time', 'direction', 'amount'],
    }));
    await upsertSupplied(manager.getRepository(CashFlow), candidates, ['id']);
    return { errors, clientIds: touched(resolved) };
  }
}

/** Questionnaires have no source id: a client's answer sheet at the same instant is the same sheet (re-imports skip it). */
@Injectable()
export class QuestionnaireImportWriter implements ImportWriter<QuestionnaireImportRow> {
  constructor(private readonly lookups: ImportLookups) {}

  async write(manager: EntityManager, rows: ValidRow<QuestionnaireImportRow>[]): Promise<WriteOutcome> {
    const { resolved, errors } = await resolveClients(this.lookups, manager, rows);
    const clientIds = touched(resolved);
    const stored = clientIds.length
      ? await manager.find(Questionnaire, { select: { clientId: true, answeredAt: true }, where: { clientId: In(clientIds) } })
      : [];
    const known = new Set(stored.map((q) => `${q.clientId}:${q.answeredAt.getTime()}`));
    const fresh = resolved.filter((r) => !known.has(`${r.clientId}:${r.row.value.answered_at.getTime()}`));
    if (fresh.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Questionnaire)
        .values(fresh.map(({ row: { value: v }, clientId }) => ({ clientId, answeredAt: v.answered_at, lossAversionLambda: v.loss_aversion_lambda ?? null, answers: v.answers ?? {} })))
        .updateEntity(false)
        .execute();
    }
    return { errors, clientIds };
  }
}
