import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';

/** Why a recommendation cannot be sent right now (suitability, frequency, approval …), shown greyed out in the sidebar. */
export class RecommendationBlockDto {
  @ApiProperty({ description: 'A stable error code from contracts/error-codes.ts' }) code: string;
  @ApiProperty() reasonZh: string;
}

export class RecommendationDto {
  @ApiProperty({ enum: ['script', 'material'] }) kind: 'script' | 'material';
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The approved version that would be sent' }) versionId: number;
  @ApiProperty() title: string;
  @ApiProperty() reasonZh: string;
  @ApiProperty() score: number;
  @ApiPropertyOptional({ type: RecommendationBlockDto }) blocked?: RecommendationBlockDto;
}

/**
 * Supplies the profile's top recommendations. Provided by the library/recommendation feature under
 * RECOMMENDATION_SOURCE (in a global module, or one PortraitModule imports); until then the profile returns none.
 */
export interface RecommendationSource {
  forClient(actor: Actor, clientId: number, limit: number): Promise<RecommendationDto[]>;
}

export const RECOMMENDATION_SOURCE = Symbol('RECOMMENDATION_SOURCE');
