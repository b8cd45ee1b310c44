import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { IntField } from '../../../common/validation/fields.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { RecommendationDto } from '../../portrait/profile/recommendation-source.js';
import { MATERIAL_TYPES, type MaterialType } from '../library.constants.js';
import { RecommendationsService } from './recommendations.service.js';

export class RecommendationQuery {
  @IntField({ optional: true, min: 1, max: 50, description: '可发送条数上限（默认 10）；另附最多 5 条被拦截的内容' }) limit?: number;
}

export class RecommendationItemDto extends RecommendationDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '素材的框架版本（按客户偏好选择）' }) variantId: number | null;
  @ApiPropertyOptional({ enum: MATERIAL_TYPES, nullable: true }) materialType: MaterialType | null;
}

export class RecommendationListDto {
  @ApiProperty({ type: [RecommendationItemDto], description: '可发送的按得分排序，被拦截的排在最后并附原因' }) items: RecommendationItemDto[];
}

@ApiTags('library')
@Controller('api/clients')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get(':id/recommendations')
  @ApiOkResponse({ type: RecommendationListDto })
  async list(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Query() query: RecommendationQuery): Promise<RecommendationListDto> {
    return { items: await this.recommendations.forClient(actor, id, query.limit ?? 10) };
  }
}
