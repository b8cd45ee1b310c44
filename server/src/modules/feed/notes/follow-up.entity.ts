import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';

/** An advisor's follow-up note on a client, optionally a to-do with a next-contact date. */
@Entity('follow_ups')
export class FollowUp {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 1000 }) note: string;
  @Column({ name: 'next_contact_at', type: 'datetime', precision: 3, nullable: true }) nextContactAt: Date | null;
  @Column({ name: 'done_at', type: 'datetime', precision: 3, nullable: true }) doneAt: Date | null;
  /** Set when the due reminder went out, so it goes out once. */
  @Column({ name: 'reminded_at', type: 'datetime', precision: 3, nullable: true }) remindedAt: Date | null;
  @CreatedAt() createdAt: Date;
}
