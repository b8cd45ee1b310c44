import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';

/** An uploaded file: the storage key plus what the storage itself does not know. */
@Entity('stored_files')
export class StoredFile {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'storage_key', type: 'varchar', length: 255 }) storageKey: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Column({ name: 'uploaded_by', type: 'int' }) uploadedBy: number;
  @CreatedAt() createdAt: Date;
}

/** WeCom temporary media ids per stored file and media type (valid 3 days, WECOM.md). */
@Entity('wecom_media')
export class WecomMedia {
  @PrimaryColumn({ name: 'storage_key', type: 'varchar', length: 255 }) storageKey: string;
  @PrimaryColumn({ name: 'media_type', type: 'varchar', length: 8 }) mediaType: 'image' | 'video' | 'file';
  @Column({ name: 'media_id', type: 'varchar', length: 128 }) mediaId: string;
  /** When WeCom created the media id (its own created_at), which starts the 3-day validity. */
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
