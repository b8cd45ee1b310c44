import { type MigrationInterface, type QueryRunner, Table, TableIndex, type TableColumnOptions } from 'typeorm';
import { col } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/** Columns shared by script_versions and material_versions (entities/content-columns.ts). */
function versionColumns(q: QueryRunner): TableColumnOptions[] {
  return [
    col.int('version_no'),
    col.varchar('status', 16),
    col.varchar('title', 200),
    col.text('target_archetypes'),
    col.text('lifecycle_stages'),
    col.varchar('framing', 32, { isNullable: true }),
    col.varchar('risk_level', 2, { isNullable: true }),
    col.bool('is_product_related', false),
    col.text('tags'),
    col.varchar('disclaimer_type', 32, { isNullable: true }),
    col.datetime('valid_from', { isNullable: true }),
    col.datetime('valid_until', { isNullable: true }),
    col.longText(q, 'search_text'),
    col.text('screening_hits', { isNullable: true }),
    col.int('created_by'),
    col.int('submitted_by', { isNullable: true }),
    col.datetime('submitted_at', { isNullable: true }),
    col.int('reviewed_by', { isNullable: true }),
    col.datetime('reviewed_at', { isNullable: true }),
    col.varchar('review_comment', 500, { isNullable: true }),
    col.int('approved_by', { isNullable: true }),
    col.datetime('approved_at', { isNullable: true }),
    col.int('retired_by', { isNullable: true }),
    col.datetime('retired_at', { isNullable: true }),
    col.createdAt(q),
    col.updatedAt(q),
  ];
}

function itemColumns(q: QueryRunner): TableColumnOptions[] {
  return [
    col.int('category_id', { isNullable: true }),
    col.int('latest_version_id', { isNullable: true }),
    col.int('latest_version_no', { default: 0 }),
    col.int('approved_version_id', { isNullable: true }),
    col.int('sent_count', { default: 0 }),
    col.int('opened_count', { default: 0 }),
    col.int('converted_count', { default: 0 }),
    col.int('created_by'),
    col.createdAt(q),
    col.updatedAt(q),
  ];
}

/** Content libraries: categories, scripts, materials (+ framing variants), activities, files, WeCom media. */
export class Library1700500000000 implements MigrationInterface {
  name = 'Library1700500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'content_categories',
        columns: [
          col.id(),
          col.varchar('kind', 16),
          col.varchar('name', 64),
          col.int('parent_id', { isNullable: true }),
          col.varchar('path', 255),
          col.int('sort_order', { default: 0 }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [idx('ix_content_categories_kind_path', ['kind', 'path'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'scripts',
        columns: [col.id(), ...itemColumns(q)],
        indices: [idx('ix_scripts_category', ['category_id'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'script_versions',
        columns: [col.id(), col.int('script_id'), ...versionColumns(q), col.text('body'), col.varchar('product_name', 100, { isNullable: true })],
        indices: [idx('uq_script_versions_no', ['script_id', 'version_no'], true), idx('ix_script_versions_status', ['status', 'submitted_at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'materials',
        columns: [col.id(), col.varchar('type', 16), ...itemColumns(q)],
        indices: [idx('ix_materials_category', ['category_id']), idx('ix_materials_type', ['type'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'material_versions',
        columns: [
          col.id(),
          col.int('material_id'),
          ...versionColumns(q),
          col.varchar('summary', 500, { isNullable: true }),
          col.varchar('cover_key', 255, { isNullable: true }),
          col.longText(q, 'body_html', { isNullable: true }),
          col.varchar('link_url', 1000, { isNullable: true }),
          col.varchar('file_key', 255, { isNullable: true }),
          col.text('mini_program', { isNullable: true }),
          col.text('product_codes'),
        ],
        indices: [
          idx('uq_material_versions_no', ['material_id', 'version_no'], true),
          idx('ix_material_versions_status', ['status', 'submitted_at']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'material_variants',
        columns: [
          col.id(),
          col.int('material_version_id'),
          col.varchar('framing', 16),
          col.varchar('title', 200),
          col.varchar('summary', 500, { isNullable: true }),
          col.longText(q, 'body_html', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx('uq_material_variants_framing', ['material_version_id', 'framing'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'activities',
        columns: [
          col.id(),
          col.int('category_id', { isNullable: true }),
          col.varchar('name', 200),
          col.text('description'),
          col.datetime('starts_at'),
          col.datetime('ends_at'),
          col.text('script_ids'),
          col.text('material_ids'),
          col.int('segment_id', { isNullable: true }),
          col.text('segment_filter', { isNullable: true }),
          col.varchar('status', 16, { default: "'active'" }),
          col.text('search_text'),
          col.int('created_by'),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [idx('ix_activities_period', ['status', 'ends_at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'stored_files',
        columns: [
          col.id(),
          col.varchar('storage_key', 255),
          col.varchar('file_name', 255),
          col.varchar('content_type', 100),
          col.int('size_bytes'),
          col.varchar('sha256', 64),
          col.int('uploaded_by'),
          col.createdAt(q),
        ],
        indices: [idx('uq_stored_files_key', ['storage_key'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wecom_media',
        columns: [
          { name: 'storage_key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'media_type', type: 'varchar', length: '8', isPrimary: true },
          col.varchar('media_id', 128),
          col.datetime('created_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['wecom_media', 'stored_files', 'activities', 'material_variants', 'material_versions', 'materials', 'script_versions', 'scripts', 'content_categories']) {
      await q.dropTable(table);
    }
  }
}
