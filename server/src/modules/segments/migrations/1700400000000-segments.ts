import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

export class Segments1700400000000 implements MigrationInterface {
  name = 'Segments1700400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'segments',
        columns: [
          col.id(),
          col.varchar('name', 64),
          col.varchar('description', 255, { isNullable: true }),
          col.text('filter'),
          col.int('created_by', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [new TableIndex({ name: 'ix_segments_created_by', columnNames: ['created_by'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('segments');
  }
}
