import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { CategoryKind } from '../library.constants.js';

/** One tree per content kind; `path` is materialised ("/3/17/") so a subtree is one LIKE prefix query. */
@Entity('content_categories')
export class ContentCategory {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) kind: CategoryKind;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ name: 'parent_id', type: 'int', nullable: true }) parentId: number | null;
  @Column({ type: 'varchar', length: 255 }) path: string;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
