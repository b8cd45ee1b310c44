import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@valuelens/contracts';
import { TextField } from '../../../common/validation/fields.js';

export class LoginDto {
  @TextField({ max: 64, example: 'admin' }) username: string;
  @TextField({ max: 128 }) password: string;
}

export class WecomSessionDto {
  @TextField({ max: 512, description: 'OAuth code from the WeCom redirect (snsapi_base)' }) code: string;
}

export class MeDto {
  @ApiProperty() staffId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ type: Number, nullable: true }) departmentId: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) wecomUserId: string | null;
}

export class SessionResponseDto {
  @ApiProperty({ type: MeDto }) staff: MeDto;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}

export class LoginResponseDto extends SessionResponseDto {
  @ApiProperty({ description: 'Session token for scripts (Authorization: Bearer); browsers use the httpOnly cookie' }) token: string;
}
