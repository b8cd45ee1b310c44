import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col, isMysql } from '../../../database/columns.js';

/**
 * client_portraits.portrait holds compressed views (entities/portrait-codec.ts), so the column becomes binary. Rows
 * already stored keep their JSON text bytes, which the codec still reads; the next recompute replaces them. On MySQL
 * the column is modified in place: TypeORM's changeColumn drops and re-adds a column whose type changes, which would
 * empty it.
 */
export class CompressedPortraits1700300000001 implements MigrationInterface {
  name = 'CompressedPortraits1700300000001';

  async up(q: QueryRunner): Promise<void> {
    if (isMysql(q)) await q.query('ALTER TABLE `client_portraits` MODIFY `portrait` MEDIUMBLOB NOT NULL');
    else await q.changeColumn('client_portraits', 'portrait', new TableColumn(col.blob(q, 'portrait')));
  }

  /** Portraits are derived data: going back empties them (compressed bytes are not text), and a recompute refills. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM client_portraits');
    if (isMysql(q)) await q.query('ALTER TABLE `client_portraits` MODIFY `portrait` MEDIUMTEXT NOT NULL');
    else await q.changeColumn('client_portraits', 'portrait', new TableColumn(col.longText(q, 'portrait')));
  }
}
