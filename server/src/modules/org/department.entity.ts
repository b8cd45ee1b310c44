import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

/** A node of the org tree. `path` is the materialized path ("/1/4/9/") so a subtree is one prefix query. */
@Entity('departments')
export class Department {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'wecom_id', type: 'int', nullable: true }) wecomId: number | null;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'parent_id', type: 'int', nullable: true }) parentId: number | null;
  @Column({ type: 'varchar', length: 255 }) path: string;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
