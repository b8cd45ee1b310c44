import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bank ↔ brokerage transfer (银证转账); `id` is the source system's id. */
@Entity('cash_flows')
export class CashFlow {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ type: 'datetime', precision: 3 }) time: Date;
  @Column({ type: 'varchar', length: 3 }) direction: 'in' | 'out';
  @Column({ type: 'double' }) amount: number;
}
