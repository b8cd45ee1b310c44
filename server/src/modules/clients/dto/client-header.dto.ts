import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_RISK_LEVELS, type ClientRiskLevel } from '@valuelens/contracts';

/** What the sidebar shows at the top of a client: no PII in clear, the phone masked. */
export class ClientHeaderDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) avatar: string | null;
  @ApiPropertyOptional({ enum: ['male', 'female'], nullable: true }) gender: 'male' | 'female' | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ageBand: string | null;
  @ApiPropertyOptional({ enum: CLIENT_RISK_LEVELS, nullable: true }) riskLevel: ClientRiskLevel | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) riskExpiresAt: string | null;
  @ApiProperty({ description: 'true when the suitability assessment is missing or expired' }) riskAssessmentExpired: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: '138****5678' }) phoneMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The current advisor's remark for this client" }) remark: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) followedSince: string | null;
}
