import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, TextField } from '../../common/validation/fields.js';

export class SimMemberDto {
  @ApiProperty() userid: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) departmentName: string | null;
  @ApiProperty() clientCount: number;
}

export class SimContactDto {
  @ApiProperty() externalUserId: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) avatar: string | null;
}

export class SimGroupDto {
  @ApiProperty() chatId: string;
  @ApiProperty() name: string;
  @ApiProperty() memberCount: number;
}

export class SimChatsDto {
  @ApiProperty({ type: [SimContactDto] }) contacts: SimContactDto[];
  @ApiProperty({ type: [SimGroupDto] }) groups: SimGroupDto[];
}

export class SimCodeRequestDto {
  @TextField({ max: 64 }) userid: string;
}

export class SimCodeDto {
  @ApiProperty() code: string;
}

export class SimConfirmDto {
  @TextField({ max: 128 }) msgid: string;
  @TextField({ max: 64 }) userid: string;
}

export const SIM_CONTACT_CHANGES = ['add_external_contact', 'del_external_contact', 'del_follow_user', 'edit_external_contact'] as const;

export class SimContactEventDto {
  @EnumField(SIM_CONTACT_CHANGES) changeType: (typeof SIM_CONTACT_CHANGES)[number];
  @TextField({ max: 64 }) userid: string;
  @TextField({ max: 64 }) externalUserId: string;
  @TextField({ optional: true, max: 64, description: 'Name of a new contact (add only)' }) name?: string;
}
