import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../database/timestamps.js';

/** A WeCom corp tag (企业客户标签), mirrored by org sync. */
@Entity('wecom_corp_tags')
export class CorpTag {
  @PrimaryColumn({ name: 'tag_id', type: 'varchar', length: 64 }) tagId: string;
  @Column({ name: 'group_id', type: 'varchar', length: 64 }) groupId: string;
  @Column({ name: 'group_name', type: 'varchar', length: 64 }) groupName: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @UpdatedAt() updatedAt: Date;
}
