import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReachKind = 'contact' | 'open';

/**
 * Distinct clients reached per advisor and day, split by the day the same advisor last reached the same
 * client before (`prev_day`, '' = never). "Distinct clients reached in [from, to]" is then exact and
 * still a small GROUP BY: the first reach of each client inside the range is the one whose previous
 * reach lies before `from` — SUM(clients) WHERE day IN range AND prev_day < from.
 */
@Entity('advisor_daily_reach')
export class AdvisorDailyReach {
  @PrimaryColumn({ name: 'staff_id', type: 'int' }) staffId: number;
  @PrimaryColumn({ type: 'varchar', length: 8 }) kind: ReachKind;
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @PrimaryColumn({ name: 'prev_day', type: 'varchar', length: 10 }) prevDay: string;
  @Column({ type: 'int' }) clients: number;
}
