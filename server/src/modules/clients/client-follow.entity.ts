import type { FollowState } from '@valuelens/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

/** The WeCom follow relation: an advisor (staff) has a client as an external contact. */
@Entity('client_follows')
export class ClientFollow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 128, nullable: true }) remark: string | null;
  @Column({ name: 'add_time', type: 'datetime', precision: 3, nullable: true }) addTime: Date | null;
  @Column({ type: 'varchar', length: 24, default: 'active' }) state: FollowState;
  @Column({ name: 'state_changed_at', type: 'datetime', precision: 3, nullable: true }) stateChangedAt: Date | null;
  /** The 「联系我」/获客链接 state string the client came through, when known. */
  @Column({ name: 'add_way_state', type: 'varchar', length: 64, nullable: true }) addWayState: string | null;
  /** WeCom corp tag ids on this relation, as WeCom reports them (JSON array). */
  @Column({ name: 'tag_ids', type: 'simple-json', nullable: true }) tagIds: string[] | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
