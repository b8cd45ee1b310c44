import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_RISK_LEVELS, type ClientRiskLevel } from '@valuelens/contracts';
import { PageQuery, TextField } from '../../../common/validation/fields.js';

export class ClientSearchQuery extends PageQuery {
  @TextField({ optional: true, max: 32, description: '姓名（包含），或完整的客户号 / 手机号（精确匹配）' }) q?: string;
}

export class ClientListItemDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ enum: ['male', 'female'], nullable: true }) gender: 'male' | 'female' | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ageBand: string | null;
  @ApiPropertyOptional({ enum: CLIENT_RISK_LEVELS, nullable: true }) riskLevel: ClientRiskLevel | null;
  @ApiProperty() riskAssessmentExpired: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: '138****5678' }) phoneMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'One advisor who follows the client' }) advisorName: string | null;
}

export class ClientPageDto {
  @ApiProperty({ type: [ClientListItemDto] }) items: ClientListItemDto[];
  @ApiProperty() total: number;
}
