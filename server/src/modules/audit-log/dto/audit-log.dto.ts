import { ApiProperty } from '@nestjs/swagger';
import { DateField, EnumField, IntField, TextField } from '../../../common/validation/fields.js';

export class AuditLogFilterQuery {
  @IntField({ optional: true, min: 1, description: '操作人（员工 ID）' })
  actorId?: number;

  @TextField({ optional: true, max: 64, description: '操作，如 send.confirmed；以 . 结尾时按前缀匹配', example: 'library.version.' })
  action?: string;

  @TextField({ optional: true, max: 32, description: '对象类型，如 send、client、staff' })
  targetType?: string;

  @TextField({ optional: true, max: 64, description: '对象 ID' })
  targetId?: string;

  @DateField({ optional: true, description: '起始时间（含）' })
  from?: Date;

  @DateField({ optional: true, description: '结束时间（不含）' })
  to?: Date;
}

export class AuditLogQuery extends AuditLogFilterQuery {
  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;

  @IntField({ optional: true, min: 1, max: 200 })
  pageSize?: number;
}

export class AuditLogExportQuery extends AuditLogFilterQuery {
  @EnumField(['csv'] as const, { optional: true, description: '导出格式' })
  format?: 'csv';
}

export class AuditEntryDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: Number, nullable: true }) actorId: number | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty() action: string;
  @ApiProperty({ type: String, nullable: true }) targetType: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty() createdAt: Date;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
