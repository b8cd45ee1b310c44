import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, TextField } from '../../../common/validation/fields.js';

export class CreateFollowUpInput {
  @TextField({ max: 1000, description: '跟进记录' }) note: string;
  @DateField({ optional: true, description: '下次联系时间（到期当天提醒一次）' }) nextContactAt?: Date;
}

export class FollowUpDto {
  @ApiProperty() id: number;
  @ApiProperty() clientId: number;
  @ApiProperty() staffId: number;
  @ApiProperty() note: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) nextContactAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
