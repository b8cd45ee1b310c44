import type { ProductRiskLevel } from '@valuelens/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { ProductCategory } from '../../portrait/engine/inputs.js';

/** A product the brokerage sells or lists, with its regulatory risk level (R1–R5, 适当性管理办法). */
@Entity('products')
export class Product {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 128 }) name: string;
  @Column({ type: 'varchar', length: 24 }) category: ProductCategory;
  @Column({ name: 'risk_level', type: 'varchar', length: 2 }) riskLevel: ProductRiskLevel;
  /** On the hot list / trending ranking (feeds the herding trait). */
  @Column({ name: 'is_hot', type: 'boolean', default: false }) isHot: boolean;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
