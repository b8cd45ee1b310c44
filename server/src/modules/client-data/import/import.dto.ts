import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, PageQuery, TextField } from '../../../common/validation/fields.js';
import { IMPORT_FORMATS, IMPORT_KINDS, IMPORT_STATUSES, type ImportFormat, type ImportKind, type ImportStatus } from '../entities/import-record.entity.js';

/** Largest import content accepted over HTTP (the JSON body limit is 5 MB); bigger files go through the CLI. */
export const MAX_IMPORT_CONTENT = 4_900_000;

export class ImportRequestDto {
  @EnumField(IMPORT_FORMATS, { description: 'csv: RFC 4180 with a header row (UTF-8, BOM allowed); json: an array of objects' })
  format: ImportFormat;

  @TextField({ max: MAX_IMPORT_CONTENT, description: 'The file content; columns per kind in modules/client-data/IMPORTS.md' })
  content: string;
}

export class ImportListQuery extends PageQuery {
  @EnumField(IMPORT_KINDS, { optional: true }) kind?: ImportKind;
}

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Data row, 1-based, header not counted; 0 = the file as a whole' }) row: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Column / field name' }) field: string | null;
  @ApiProperty({ example: 'INVALID_VALUE', description: 'REQUIRED, INVALID_VALUE, UNKNOWN_FIELD, COLUMN_COUNT, DUPLICATE_ROW, CLIENT_NOT_FOUND, PRODUCT_NOT_FOUND, CONFLICT, WRITE_FAILED, MALFORMED_FILE' })
  code: string;
  @ApiProperty({ example: '手机号格式不正确' }) message: string;
}

export class ImportSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty({ enum: IMPORT_FORMATS }) format: ImportFormat;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
  @ApiProperty() total: number;
  @ApiProperty() succeeded: number;
  @ApiProperty() failed: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null when run from the command line' }) createdBy: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ImportRecordDto extends ImportSummaryDto {
  @ApiProperty({ type: [ImportRowErrorDto], description: 'Errors by row (the first 500; counts above are exact)' }) errors: ImportRowErrorDto[];
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportSummaryDto] }) items: ImportSummaryDto[];
  @ApiProperty() total: number;
}
