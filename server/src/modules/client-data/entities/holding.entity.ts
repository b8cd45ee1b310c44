import type { ProductRiskLevel } from '@valuelens/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAt } from '../../../database/timestamps.js';
import type { ProductCategory } from '../../portrait/engine/inputs.js';

/** A client's current position in one product (one row per client and product). */
@Entity('holdings')
export class Holding {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'product_code', type: 'varchar', length: 32 }) productCode: string;
  @Column({ name: 'product_category', type: 'varchar', length: 24 }) productCategory: ProductCategory;
  @Column({ name: 'risk_level', type: 'varchar', length: 2 }) riskLevel: ProductRiskLevel;
  @Column({ name: 'market_value', type: 'double' }) marketValue: number;
  @Column({ name: 'cost_value', type: 'double' }) costValue: number;
  @Column({ name: 'opened_at', type: 'datetime', precision: 3 }) openedAt: Date;
  @UpdatedAt() updatedAt: Date;
}
