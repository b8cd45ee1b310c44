import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '../../../common/validation/fields.js';
import { SentVersionDto } from '../../compliance/send-gate/check-send.dto.js';
import { ExclusionDto } from '../campaigns/campaigns.dto.js';
import { ContentRefInput } from '../campaigns/campaigns.dto.js';
import { ShareParamsDto } from '../content/message.dto.js';

export class MassSendInput extends ContentRefInput {
  @TextField({ optional: true, max: 100, description: '群发名称（默认用内容标题）' }) name?: string;
}

export class MassSendPreviewDto {
  @ApiProperty() eligible: number;
  @ApiProperty() excludedTotal: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '按原因统计的排除人数' }) countsByReason: Record<string, number>;
  @ApiProperty({ type: [ExclusionDto], description: '前 200 位被排除的客户' }) excluded: ExclusionDto[];
  @ApiProperty({ description: '被排除名单是否只列出了一部分' }) excludedTruncated: boolean;
  @ApiProperty({ type: SentVersionDto }) version: SentVersionDto;
}

export class SharePayloadDto {
  @ApiProperty({ description: '分享记录 id（确认或失败时回传）' }) shareId: number;
  @ApiProperty({ type: ShareParamsDto, description: 'ww.shareToExternalContact 的参数' }) params: ShareParamsDto;
  @ApiProperty() eligible: number;
  @ApiProperty() excludedTotal: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) countsByReason: Record<string, number>;
  @ApiPropertyOptional({ description: '超过企业微信单次 20000 人上限时，只预选了前 20000 人' }) truncated?: boolean;
}

export class ShareResultInput {
  @TextField({ optional: true, max: 500, description: '失败时 shareToExternalContact 返回的 errMsg' }) errMsg?: string;
}
