import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/** Portrait rule sets (HQ-editable, versioned), stored portraits, monthly snapshots, tags and their history. */
export class PortraitTables1700300000000 implements MigrationInterface {
  name = 'PortraitTables1700300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'portrait_rule_sets',
        columns: [
          col.id(),
          col.varchar('version', 32),
          col.longText(q, 'rules'),
          col.bool('active', false),
          col.varchar('change_note', 255),
          col.int('created_by', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx('uq_portrait_rule_sets_version', ['version'], true), idx('ix_portrait_rule_sets_active', ['active'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'client_portraits',
        columns: [
          { ...col.int('client_id'), isPrimary: true },
          col.varchar('rule_version', 32),
          col.varchar('top_archetype', 16),
          col.text('archetype_weights'),
          col.text('trait_scores'),
          col.double('anxiety'),
          col.varchar('framing', 32),
          col.varchar('format', 32),
          col.varchar('lifecycle', 24),
          col.varchar('value_group', 24),
          col.varchar('summary_zh', 255),
          col.longText(q, 'portrait'),
          col.datetime('computed_at'),
        ],
        indices: [
          idx('ix_client_portraits_top_archetype', ['top_archetype']),
          idx('ix_client_portraits_lifecycle', ['lifecycle']),
          idx('ix_client_portraits_value_group', ['value_group']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'portrait_snapshots',
        columns: [
          col.id(),
          col.int('client_id'),
          col.varchar('month', 7),
          col.text('archetype_weights'),
          col.varchar('top_archetype', 16),
          col.createdAt(q),
        ],
        indices: [idx('uq_portrait_snapshots_client_month', ['client_id', 'month'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'client_tags',
        columns: [
          col.id(),
          col.int('client_id'),
          col.varchar('tag_key', 32),
          col.varchar('layer', 16),
          col.varchar('label_zh', 64),
          col.varchar('source', 16),
          col.double('score', { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.varchar('reason', 255, { isNullable: true }),
          col.bool('active', true),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx('uq_client_tags_client_key_source', ['client_id', 'tag_key', 'source'], true),
          idx('ix_client_tags_key', ['tag_key', 'source', 'active']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'client_tag_history',
        columns: [
          col.id(),
          col.int('client_id'),
          col.varchar('tag_key', 32),
          col.varchar('action', 8),
          col.varchar('source', 16),
          col.int('actor_id', { isNullable: true }),
          col.varchar('reason', 255, { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx('ix_client_tag_history_client', ['client_id', 'created_at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'portrait_recompute_progress',
        columns: [
          { ...col.varchar('job_id', 64), isPrimary: true },
          col.int('processed', { default: 0 }),
          col.int('total', { default: 0 }),
          col.updatedAt(q),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['portrait_recompute_progress', 'client_tag_history', 'client_tags', 'portrait_snapshots', 'client_portraits', 'portrait_rule_sets']) {
      await q.dropTable(table);
    }
  }
}
