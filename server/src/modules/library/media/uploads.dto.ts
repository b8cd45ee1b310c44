import { ApiProperty } from '@nestjs/swagger';
import { EnumField, TextField } from '../../../common/validation/fields.js';
import { UPLOAD_CONTENT_TYPES, type UploadContentType } from './file-signature.js';

/** Uploads use JSON with base64 data (no multipart parser needed); decoded size ≤ 20 MB. */
export class UploadInput {
  @TextField({ max: 255, description: '原始文件名' }) filename: string;
  @EnumField(UPLOAD_CONTENT_TYPES) contentType: UploadContentType;
  @TextField({ max: 28_000_000, description: 'Base64 编码的文件内容（解码后不超过 20 MB）' }) dataBase64: string;
}

export class StoredFileDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: '在素材中引用的 key（fileKey / coverKey）' }) key: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ description: '登录后可访问的下载地址' }) url: string;
}

export class WecomMediaDto {
  @ApiProperty() mediaId: string;
  @ApiProperty({ enum: ['image', 'video', 'file'] }) mediaType: 'image' | 'video' | 'file';
  @ApiProperty({ description: '企业微信临时素材失效时间（上传后 3 天）' }) expiresAt: Date;
}
