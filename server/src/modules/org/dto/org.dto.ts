import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@valuelens/contracts';
import { IntField, PageQuery, TextField } from '../../../common/validation/fields.js';

export class DepartmentDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) parentId: number | null;
  @ApiProperty() path: string;
  @ApiProperty({ description: 'Staff directly in this department' }) staffCount: number;
}

export class StaffQuery extends PageQuery {
  @IntField({ optional: true, min: 1, description: 'Only this department and its subtree' }) departmentId?: number;
  @TextField({ optional: true, max: 64, description: 'Name, username or WeCom userid contains' }) q?: string;
}

export class StaffDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ type: String, nullable: true }) wecomUserId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) username: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) departmentId: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) departmentName: string | null;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: 'active' | 'disabled';
  @ApiProperty({ description: 'Clients with an active follow relation' }) clientCount: number;
}

export class StaffPageDto {
  @ApiProperty({ type: [StaffDto] }) items: StaffDto[];
  @ApiProperty() total: number;
}

export class SyncStartedDto {
  @ApiProperty() jobId: string;
}

export class SyncResultDto {
  @ApiProperty() departments: number;
  @ApiProperty() staff: number;
  @ApiProperty() clients: number;
  @ApiProperty() follows: number;
  @ApiProperty() corpTags: number;
}

export class SyncStatusDto {
  @ApiProperty({ enum: ['waiting', 'active', 'completed', 'failed', 'dead'] }) status: string;
  @ApiPropertyOptional({ type: SyncResultDto }) result?: SyncResultDto;
  @ApiPropertyOptional() error?: string;
}
