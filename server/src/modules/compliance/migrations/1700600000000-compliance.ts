import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

/** Screening lexicon (+ version counter) and compliance settings. */
export class Compliance1700600000000 implements MigrationInterface {
  name = 'Compliance1700600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'lexicon_entries',
        columns: [
          col.id(),
          col.varchar('term', 64),
          col.varchar('level', 8),
          col.varchar('category', 32),
          col.varchar('reason', 500),
          col.varchar('suggestion', 500, { isNullable: true }),
          col.bool('enabled', true),
          col.int('updated_by', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [new TableIndex({ name: 'uq_lexicon_entries_term', columnNames: ['term'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'lexicon_versions',
        columns: [{ name: 'id', type: 'int', isPrimary: true }, col.int('version'), col.updatedAt(q)],
      }),
    );
    // Version 0 = not seeded yet; the screening service seeds DEFAULT_LEXICON on first use.
    await q.query('INSERT INTO lexicon_versions (id, version) VALUES (1, 0)');
    await q.createTable(
      new Table({
        name: 'compliance_settings',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          col.text('value'),
          col.int('updated_by', { isNullable: true }),
          col.updatedAt(q),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['compliance_settings', 'lexicon_versions', 'lexicon_entries']) await q.dropTable(table);
  }
}
