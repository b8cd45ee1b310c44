import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/** Products, holdings, trades, cash flows, questionnaires and import records (the portrait's inputs). */
export class ClientData1700100000000 implements MigrationInterface {
  name = 'ClientData1700100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'products',
        columns: [
          col.varchar('code', 32, { isPrimary: true }),
          col.varchar('name', 128),
          col.varchar('category', 24),
          col.varchar('risk_level', 2),
          col.bool('is_hot', false),
          col.createdAt(q),
          col.updatedAt(q),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'holdings',
        columns: [
          col.id(),
          col.int('client_id'),
          col.varchar('product_code', 32),
          col.varchar('product_category', 24),
          col.varchar('risk_level', 2),
          col.double('market_value'),
          col.double('cost_value'),
          col.datetime('opened_at'),
          col.updatedAt(q),
        ],
        indices: [idx('uq_holdings_client_product', ['client_id', 'product_code'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trades',
        columns: [
          col.varchar('id', 64, { isPrimary: true }),
          col.int('client_id'),
          col.datetime('time'),
          col.varchar('side', 4),
          col.varchar('product_code', 32),
          col.varchar('risk_level', 2, { isNullable: true }),
          col.double('amount'),
          col.double('realized_pnl', { isNullable: true }),
          col.bool('is_hot_list_name', false),
        ],
        indices: [idx('ix_trades_client_time', ['client_id', 'time'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'cash_flows',
        columns: [
          col.varchar('id', 64, { isPrimary: true }),
          col.int('client_id'),
          col.datetime('time'),
          col.varchar('direction', 3),
          col.double('amount'),
        ],
        indices: [idx('ix_cash_flows_client_time', ['client_id', 'time'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'questionnaires',
        columns: [
          col.id(),
          col.int('client_id'),
          col.double('loss_aversion_lambda', { isNullable: true }),
          col.text('answers'),
          col.datetime('answered_at'),
        ],
        indices: [idx('ix_questionnaires_client_answered', ['client_id', 'answered_at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'import_records',
        columns: [
          col.id(),
          col.varchar('kind', 24),
          col.varchar('format', 8),
          col.varchar('status', 16),
          col.int('total'),
          col.int('succeeded'),
          col.int('failed'),
          col.longText(q, 'errors'),
          col.int('created_by', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx('ix_import_records_created', ['created_at'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['import_records', 'questionnaires', 'cash_flows', 'trades', 'holdings', 'products']) await q.dropTable(table);
  }
}
