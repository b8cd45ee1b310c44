import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReachKind = 'contact' | 'open';

/**
 * Distinct clients reached per advisor and day, split by the day the same advisor last reached the same
 * client before (`prev_day`, NULL = never). "Distinct clients reached in [from, to]" is then exact and
 * still a small GROUP BY: the first reach of each client inside the range is the one whose previous
 * reach lies before `from` — SUM(clients) WHERE day IN range AND (prev_day IS NULL OR prev_day < from).
 */
@Entity('advisor_daily_reach')
export class AdvisorDailyReach {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId: number;
  @Column({ type: 'varchar', length: 8 }) kind: ReachKind;
  @Column({ type: 'varchar', length: 10 }) day: string;
  @Column({ name: 'prev_day', type: 'varchar', length: 10, nullable: true }) prevDay: string | null;
  @Column({ type: 'int' }) clients: number;
}
