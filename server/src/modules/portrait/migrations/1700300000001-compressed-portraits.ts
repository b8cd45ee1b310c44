import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../../../database/columns.js';

/**
 * client_portraits.portrait holds compressed JSON (entities/portrait-codec.ts), so the column becomes binary. Rows
 * already stored keep their JSON text bytes, which the codec still reads; the next recompute compresses them.
 */
export class CompressedPortraits1700300000001 implements MigrationInterface {
  name = 'CompressedPortraits1700300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn('client_portraits', 'portrait', new TableColumn(col.blob(q, 'portrait')));
  }

  /** Portraits are derived data: going back empties them (compressed bytes are not text), and a recompute refills. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM client_portraits');
    await q.changeColumn('client_portraits', 'portrait', new TableColumn(col.longText(q, 'portrait')));
  }
}
