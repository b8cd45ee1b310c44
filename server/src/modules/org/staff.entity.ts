import type { Role } from '@valuelens/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

export type StaffStatus = 'active' | 'disabled';

/** A brokerage employee: WeCom member (sidebar) and/or admin-web user (username + password). */
@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'wecom_userid', type: 'varchar', length: 64, nullable: true }) wecomUserId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) username: string | null;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 16 }) role: Role;
  @Column({ name: 'department_id', type: 'int', nullable: true }) departmentId: number | null;
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true }) passwordHash: string | null;
  @Column({ name: 'failed_logins', type: 'int', default: 0 }) failedLogins: number;
  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true }) lockedUntil: Date | null;
  @Column({ type: 'varchar', length: 16, default: 'active' }) status: StaffStatus;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
