import type { ProductRiskLevel } from '@valuelens/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One executed trade; `id` is the source system's trade id, so re-imports update instead of duplicating. */
@Entity('trades')
export class Trade {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ type: 'datetime', precision: 3 }) time: Date;
  @Column({ type: 'varchar', length: 4 }) side: 'buy' | 'sell';
  @Column({ name: 'product_code', type: 'varchar', length: 32 }) productCode: string;
  /** From the trade feed or the product table; null when neither knows the product. */
  @Column({ name: 'risk_level', type: 'varchar', length: 2, nullable: true }) riskLevel: ProductRiskLevel | null;
  @Column({ type: 'double' }) amount: number;
  @Column({ name: 'realized_pnl', type: 'double', nullable: true }) realizedPnl: number | null;
  @Column({ name: 'is_hot_list_name', type: 'boolean', default: false }) isHotListName: boolean;
}
