import { ApiProperty } from '@nestjs/swagger';
import { DateField, EnumField, IntField } from '../../../common/validation/fields.js';

export class AuditChainQuery {
  @IntField({ optional: true, min: 1, description: '客户 ID（与 staffId 二选一）' })
  clientId?: number;

  @IntField({ optional: true, min: 1, description: '顾问 ID（与 clientId 二选一）' })
  staffId?: number;

  @DateField({ optional: true, description: '发送时间起（含）' })
  from?: Date;

  @DateField({ optional: true, description: '发送时间止（不含）' })
  to?: Date;

  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;

  @IntField({ optional: true, min: 1, max: 200 })
  pageSize?: number;
}

export class AuditChainExportQuery extends AuditChainQuery {
  @EnumField(['csv'] as const, { optional: true })
  format?: 'csv';
}

export const CHAIN_STEP_KINDS = ['content', 'approval', 'send', 'wecom', 'delivery', 'open', 'follow_up'] as const;
export type ChainStepKind = (typeof CHAIN_STEP_KINDS)[number];

export class ChainStepDto {
  @ApiProperty({ enum: CHAIN_STEP_KINDS }) kind: ChainStepKind;
  @ApiProperty({ type: Date, nullable: true }) at: Date | null;
  @ApiProperty({ type: Number, nullable: true }) actorId: number | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty() summaryZh: string;
  @ApiProperty({ type: String, nullable: true, description: '引用：版本号、msgid、链接 token、跟进记录 ID' }) ref: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '阅读时长（毫秒，仅 open）' }) dwellMs: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '是否为转发后的他人打开（仅 open）' }) forwarded: boolean | null;
}

export class ChainSendDto {
  @ApiProperty() sendId: number;
  @ApiProperty() channel: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: Number, nullable: true }) clientId: number | null;
  @ApiProperty({ type: String, nullable: true }) clientName: string | null;
  @ApiProperty() staffId: number;
  @ApiProperty({ type: String, nullable: true }) staffName: string | null;
  @ApiProperty({ enum: ['script', 'material'] }) contentKind: string;
  @ApiProperty() contentId: number;
  @ApiProperty() versionId: number;
  @ApiProperty({ type: Number, nullable: true }) campaignId: number | null;
  @ApiProperty({ type: String, nullable: true }) wecomMsgid: string | null;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: [ChainStepDto], description: '版本 → 审批 → 顾问发送 → 企业微信 → 送达 → 打开与阅读 → 跟进' }) steps: ChainStepDto[];
}

export class AuditChainDto {
  @ApiProperty({ type: Number, nullable: true }) clientId: number | null;
  @ApiProperty({ type: Number, nullable: true }) staffId: number | null;
  @ApiProperty({ type: [ChainSendDto] }) items: ChainSendDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
