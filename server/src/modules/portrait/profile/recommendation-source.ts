import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import type { RecipientFacts } from '../../compliance/send-gate/send-gate.types.js';

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

/** The stored portrait's ranking columns (client_portraits), as read: JSON columns may still be text. */
export interface PortraitColumns {
  topArchetype: string | null;
  archetypeWeights: unknown;
  traitScores: unknown;
  framing: string | null;
  format: string | null;
  lifecycle: string | null;
}

/** A client the profile has already loaded and scope-checked, so ranking reads neither the client nor the portrait again. */
export interface RecommendationSubject {
  client: RecipientFacts;
  portrait: PortraitColumns | null;
}

/**
 * Supplies the profile's top recommendations. Provided by the library/recommendation feature under
 * RECOMMENDATION_SOURCE (in a global module, or one PortraitModule imports); until then the profile returns none.
 */
export interface RecommendationSource {
  forSubject(actor: Actor, subject: RecommendationSubject, limit: number): Promise<RecommendationDto[]>;
}

export const RECOMMENDATION_SOURCE = Symbol('RECOMMENDATION_SOURCE');
