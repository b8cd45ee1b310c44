import { Column, Entity } from 'typeorm';
import { ContentItemColumns, ContentVersionColumns } from './content-columns.js';

/** A script (话术): a chat message template with {{variables}}. */
@Entity('scripts')
export class Script extends ContentItemColumns {}

@Entity('script_versions')
export class ScriptVersion extends ContentVersionColumns {
  @Column({ name: 'script_id', type: 'int' }) contentId: number;
  @Column({ type: 'text' }) body: string;
  /** Fills {{产品名称}}. */
  @Column({ name: 'product_name', type: 'varchar', length: 100, nullable: true }) productName: string | null;
}
