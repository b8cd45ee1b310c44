import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The sidebar profile reads a client's newest open alerts on every view (WHERE client_id = ? … ORDER BY created_at
 * DESC LIMIT 5). With only (client, rule, time) and (time) to choose from, the planner either sorts the client's
 * alerts or walks the whole time index until it finds five, which for the many clients with none is every alert.
 * (client, time) serves the filter and the order at once.
 */
export class AlertsByClient1700900000001 implements MigrationInterface {
  name = 'AlertsByClient1700900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('alerts', new TableIndex({ name: 'ix_alerts_client_time', columnNames: ['client_id', 'created_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('alerts', 'ix_alerts_client_time');
  }
}
