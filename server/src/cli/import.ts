import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createApp } from '../app.factory.js';
import { AppError } from '../common/errors/app-error.js';
import { loadConfig } from '../config/app-config.js';
import { IMPORT_FORMATS, IMPORT_KINDS, type ImportFormat } from '../modules/client-data/entities/import-record.entity.js';
import type { ImportRecordDto } from '../modules/client-data/import/import.dto.js';
import { ImportService } from '../modules/client-data/import/import.service.js';

const USAGE = `usage: node server/dist/cli/import.js <${IMPORT_KINDS.join('|')}> <file.csv|file.json>`;
const SHOWN_ERRORS = 50;

/**
 * Batch import from a file, with the same validation, writing and import record as POST /api/imports/:kind
 * (created_by is null). Exit code: 0 all rows imported, 2 some rows rejected, 1 nothing imported / error.
 */
async function main(argv: string[]): Promise<number> {
  const [kind, file] = argv;
  if (!kind || !file || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const format = extname(file).slice(1).toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    process.stderr.write(`the file must end in .csv or .json\n${USAGE}\n`);
    return 1;
  }
  const content = decodeText(readFileSync(file));
  const config = loadConfig();
  const running = await createApp(config, { workers: false });
  try {
    if (await running.dataSource.showMigrations()) throw new Error('database schema is behind: run `node server/dist/cli/migrate.js` first');
    const record = await running.app.get(ImportService).run(null, kind, format as ImportFormat, content);
    printRecord(record);
    return record.status === 'succeeded' ? 0 : record.status === 'partial' ? 2 : 1;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_FAILED') {
      const details = error.details as { importId: number; errors: ImportRecordDto['errors'] };
      process.stderr.write(`import #${details.importId} failed: ${error.message}\n`);
      details.errors.forEach((e) => process.stderr.write(`  ${describe(e)}\n`));
      return 1;
    }
    throw error;
  } finally {
    await running.close();
  }
}

/** UTF-8 (with or without BOM); otherwise GB18030, which Excel on Chinese Windows writes for "CSV". */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function printRecord(record: ImportRecordDto): void {
  process.stdout.write(`import #${record.id} ${record.kind} (${record.format}): ${record.status}, ${record.succeeded}/${record.total} rows imported, ${record.failed} rejected\n`);
  record.errors.slice(0, SHOWN_ERRORS).forEach((e) => process.stdout.write(`  ${describe(e)}\n`));
  if (record.errors.length > SHOWN_ERRORS) process.stdout.write(`  … ${record.errors.length - SHOWN_ERRORS} more: GET /api/imports/${record.id}\n`);
}

function describe(e: ImportRecordDto['errors'][number]): string {
  return `row ${e.row}${e.field ? ` [${e.field}]` : ''} ${e.code}: ${e.message}`;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
