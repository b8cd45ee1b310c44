import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI shapes of the JS-SDK bodies built in message-builders.ts (WECOM.md §1.3). */
export class TextBodyDto {
  @ApiProperty() content: string;
}

export class ImageBodyDto {
  @ApiProperty({ description: 'media/upload 返回的临时素材 id（3 天有效）' }) mediaid: string;
}

export class NewsBodyDto {
  @ApiProperty({ description: '带追踪的落地页链接 /t/:token' }) link: string;
  @ApiProperty() title: string;
  @ApiProperty() desc: string;
  @ApiProperty() imgUrl: string;
}

export class MiniProgramBodyDto {
  @ApiProperty() appid: string;
  @ApiProperty() title: string;
  @ApiProperty() imgUrl: string;
  @ApiProperty({ description: '以 .html 结尾' }) page: string;
}

export class LinkBodyDto {
  @ApiProperty() title: string;
  @ApiProperty() imgUrl: string;
  @ApiProperty() desc: string;
  @ApiProperty() url: string;
}

/** The exact argument of ww.sendChatMessage. */
export class ChatMessageDto {
  @ApiProperty({ enum: ['text', 'image', 'news', 'miniprogram'] }) msgtype: string;
  @ApiPropertyOptional({ type: TextBodyDto }) text?: TextBodyDto;
  @ApiPropertyOptional({ type: ImageBodyDto }) image?: ImageBodyDto;
  @ApiPropertyOptional({ type: NewsBodyDto }) news?: NewsBodyDto;
  @ApiPropertyOptional({ type: MiniProgramBodyDto }) miniprogram?: MiniProgramBodyDto;
}

export class ShareAttachmentDto {
  @ApiProperty({ enum: ['image', 'link', 'miniprogram'] }) msgtype: string;
  @ApiPropertyOptional({ type: ImageBodyDto }) image?: ImageBodyDto;
  @ApiPropertyOptional({ type: LinkBodyDto }) link?: LinkBodyDto;
  @ApiPropertyOptional({ type: MiniProgramBodyDto }) miniprogram?: MiniProgramBodyDto;
}

/** The exact argument of ww.shareToExternalContact. */
export class ShareParamsDto {
  @ApiPropertyOptional({ type: TextBodyDto }) text?: TextBodyDto;
  @ApiPropertyOptional({ type: [ShareAttachmentDto] }) attachments?: ShareAttachmentDto[];
  @ApiProperty({ type: [String], description: '预选的客户 external_userid（企业微信 4.1.10 起支持）' }) externalUserIds: string[];
}
