import { ARCHETYPES, PRODUCT_RISK_LEVELS, type Archetype, type ProductRiskLevel } from '@valuelens/contracts';
import { BoolField, DateField, EnumField, IntField, StringArrayField } from '../../../common/validation/fields.js';
import { DISCLAIMER_CONTENT_TYPES, type DisclaimerContentType } from '../../compliance/rules/disclaimers.js';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../portrait/engine/derive/lifecycle.js';
import { EnumArrayField } from '../dto/library-fields.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import { CONTENT_NARRATIVES, type ContentNarrative } from '../library.constants.js';

/** Tagging shared by script and material edits; every field optional (an edit changes what it names). */
export class ContentTaggingInput {
  @IntField({ optional: true, min: 1, description: '分类' }) categoryId?: number | null;
  @EnumArrayField(ARCHETYPES, { optional: true, description: '目标价值观类型' }) targetArchetypes?: Archetype[];
  @EnumArrayField(LIFECYCLE_STAGES, { optional: true, description: '适用生命周期阶段' }) lifecycleStages?: LifecycleStage[];
  @EnumField(CONTENT_NARRATIVES, { optional: true, description: '叙事框架' }) framing?: ContentNarrative | null;
  @EnumField(PRODUCT_RISK_LEVELS, { optional: true, description: '内容风险等级；产品类必填' }) riskLevel?: ProductRiskLevel | null;
  @BoolField({ optional: true, description: '是否涉及具体产品' }) isProductRelated?: boolean;
  @StringArrayField({ optional: true, maxItems: 20, maxLength: 32, description: '标签' }) tags?: string[];
  @EnumField(DISCLAIMER_CONTENT_TYPES, { optional: true, description: '免责声明类型' }) disclaimerType?: DisclaimerContentType | null;
  @DateField({ optional: true, description: '生效时间' }) validFrom?: Date | null;
  @DateField({ optional: true, description: '有效期截止' }) validUntil?: Date | null;
}

export type CommonVersionFields = Pick<
  ContentVersionColumns,
  'title' | 'targetArchetypes' | 'lifecycleStages' | 'framing' | 'riskLevel' | 'isProductRelated' | 'tags' | 'disclaimerType' | 'validFrom' | 'validUntil'
>;

/** The previous version's values, overridden by what the edit names (null clears a nullable field). */
export function mergeCommonFields(previous: ContentVersionColumns | null, input: ContentTaggingInput & { title?: string }): CommonVersionFields {
  const pick = <K extends keyof CommonVersionFields>(key: K, fallback: CommonVersionFields[K]): CommonVersionFields[K] => {
    const value = (input as Partial<CommonVersionFields>)[key];
    if (value !== undefined) return value as CommonVersionFields[K];
    return previous ? previous[key] : fallback;
  };
  const isProductRelated = Boolean(pick('isProductRelated', false));
  return {
    title: (input.title ?? previous?.title ?? '').trim(),
    targetArchetypes: pick('targetArchetypes', []),
    lifecycleStages: pick('lifecycleStages', []),
    framing: pick('framing', null),
    riskLevel: pick('riskLevel', null),
    isProductRelated,
    tags: pick('tags', []),
    // Product content always carries the product disclaimer unless HQ chose another type.
    disclaimerType: pick('disclaimerType', null) ?? (isProductRelated ? 'product' : null),
    validFrom: pick('validFrom', null),
    validUntil: pick('validUntil', null),
  };
}

