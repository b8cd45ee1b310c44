import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../database/timestamps.js';
import type { MaterialType, VariantFraming } from '../library.constants.js';
import { ContentItemColumns, ContentVersionColumns } from './content-columns.js';

export interface MiniProgramRef {
  appid: string;
  page: string;
  title: string;
}

/** A material (素材): article, link, image, file (PDF research), video, mini-program or poster. */
@Entity('materials')
export class Material extends ContentItemColumns {
  /** The type never changes across versions (a poster does not become a video). */
  @Column({ type: 'varchar', length: 16 }) type: MaterialType;
}

@Entity('material_versions')
export class MaterialVersion extends ContentVersionColumns {
  @Column({ name: 'material_id', type: 'int' }) contentId: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) summary: string | null;
  @Column({ name: 'cover_key', type: 'varchar', length: 255, nullable: true }) coverKey: string | null;
  /** Sanitised article HTML (content/html-sanitizer.ts). */
  @Column({ name: 'body_html', type: 'text', nullable: true }) bodyHtml: string | null;
  @Column({ name: 'link_url', type: 'varchar', length: 1000, nullable: true }) linkUrl: string | null;
  /** The uploaded file for image, file, video and poster materials. */
  @Column({ name: 'file_key', type: 'varchar', length: 255, nullable: true }) fileKey: string | null;
  @Column({ name: 'mini_program', type: 'simple-json', nullable: true }) miniProgram: MiniProgramRef | null;
  @Column({ name: 'product_codes', type: 'simple-json' }) productCodes: string[];
}

/**
 * The same message told with a different frame (gain / loss / neutral) under one material version.
 * Approved together with the version; the recommender picks the frame that suits the client.
 */
@Entity('material_variants')
export class MaterialVariant {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'material_version_id', type: 'int' }) materialVersionId: number;
  @Column({ type: 'varchar', length: 16 }) framing: VariantFraming;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) summary: string | null;
  @Column({ name: 'body_html', type: 'text', nullable: true }) bodyHtml: string | null;
  @CreatedAt() createdAt: Date;
}
