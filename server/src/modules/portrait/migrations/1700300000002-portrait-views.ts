import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { col, isMysql } from '../../../database/columns.js';

/**
 * The stored view of each portrait (~4 KB compressed) moves from client_portraits to its own table,
 * client_portrait_views, so the rows segments filter on stay narrow. On MySQL client_portraits is then clustered by
 * (top_archetype, client_id) with client_id unique: a segment of one archetype over 1,000,000 clients reads one
 * contiguous range of narrow rows instead of ~150,000 random lookups into 5 GB of wide ones (docs/BENCHMARKS.md).
 * SQLite keeps client_id as the rowid key (its tables are not clustered by another key).
 */
export class PortraitViews1700300000002 implements MigrationInterface {
  name = 'PortraitViews1700300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'client_portrait_views', columns: [{ ...col.int('client_id'), isPrimary: true }, col.blob(q, 'portrait')] }));
    await q.query('INSERT INTO client_portrait_views (client_id, portrait) SELECT client_id, portrait FROM client_portraits');
    if (isMysql(q)) {
      // One ALTER, so the table is rebuilt once.
      await q.query(
        'ALTER TABLE `client_portraits` DROP COLUMN `portrait`, DROP PRIMARY KEY, ADD PRIMARY KEY (`top_archetype`, `client_id`), ' +
          'ADD UNIQUE KEY `uq_client_portraits_client` (`client_id`), DROP INDEX `ix_client_portraits_top_archetype`',
      );
    } else {
      await q.dropColumn('client_portraits', 'portrait');
    }
  }

  /** Views go back into their rows; a portrait without one (none is written that way) is dropped, and a recompute refills it. */
  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('client_portraits', new TableColumn({ ...col.blob(q, 'portrait'), isNullable: true }));
    await q.query('UPDATE client_portraits SET portrait = (SELECT v.portrait FROM client_portrait_views v WHERE v.client_id = client_portraits.client_id)');
    await q.query('DELETE FROM client_portraits WHERE portrait IS NULL');
    if (isMysql(q)) {
      await q.query(
        'ALTER TABLE `client_portraits` MODIFY `portrait` MEDIUMBLOB NOT NULL AFTER `summary_zh`, DROP PRIMARY KEY, ADD PRIMARY KEY (`client_id`), ' +
          'DROP INDEX `uq_client_portraits_client`, ADD INDEX `ix_client_portraits_top_archetype` (`top_archetype`)',
      );
    } else {
      await q.changeColumn('client_portraits', 'portrait', new TableColumn(col.blob(q, 'portrait')));
    }
    await q.dropTable('client_portrait_views');
  }
}
