import { AppError } from '../../../common/errors/app-error.js';
import { htmlToText, sanitizeHtml } from '../content/html-sanitizer.js';
import { normalizeSearchText } from '../content/search-text.js';
import type { MaterialVersion } from '../entities/material.entities.js';
import type { MaterialType } from '../library.constants.js';
import { mergeCommonFields } from '../versions/common-version.input.js';
import type { VariantFields, VersionFields } from '../versions/version-writer.js';
import type { UpdateMaterialInput } from './materials.dto.js';

/** What each material type must carry to be sendable as that type. */
const REQUIRED_BY_TYPE: Readonly<Record<MaterialType, keyof MaterialVersion | null>> = {
  article: 'bodyHtml',
  link: 'linkUrl',
  image: 'fileKey',
  poster: 'fileKey',
  file: 'fileKey',
  video: 'fileKey',
  mini_program: 'miniProgram',
};

/** The version fields after an edit: previous values overridden by the input, HTML sanitised. */
export function materialFieldsFrom(type: MaterialType, previous: MaterialVersion | null, input: UpdateMaterialInput): VersionFields {
  const common = mergeCommonFields(previous, input);
  const keep = <K extends 'summary' | 'coverKey' | 'linkUrl' | 'fileKey' | 'miniProgram'>(key: K): MaterialVersion[K] | null =>
    (input[key] !== undefined ? (input[key] as MaterialVersion[K] | null) : (previous?.[key] ?? null));
  const bodyHtml = input.bodyHtml !== undefined ? (input.bodyHtml === null ? null : sanitizeHtml(input.bodyHtml)) : (previous?.bodyHtml ?? null);
  const fields = {
    ...common,
    // Research reports always carry the research disclaimer (validity and copyright).
    disclaimerType: common.disclaimerType ?? (type === 'file' ? 'research_report' : 'education'),
    summary: keep('summary'),
    coverKey: keep('coverKey'),
    bodyHtml,
    linkUrl: keep('linkUrl'),
    fileKey: keep('fileKey'),
    miniProgram: keep('miniProgram'),
    productCodes: input.productCodes ?? previous?.productCodes ?? [],
  };
  const required = REQUIRED_BY_TYPE[type];
  if (required && (fields as Record<string, unknown>)[required] == null) {
    throw new AppError('VALIDATION_FAILED', `该类型素材必须提供 ${required}`, [{ field: required, errors: [`required for ${type}`] }]);
  }
  return {
    ...fields,
    searchText: normalizeSearchText(common.title, fields.summary, bodyHtml ? htmlToText(bodyHtml) : null, ...(input.variants ?? []).map((v) => v.title)),
  };
}

export function variantFieldsFrom(input: UpdateMaterialInput): VariantFields[] | null {
  if (!input.variants) return null;
  const framings = new Set(input.variants.map((variant) => variant.framing));
  if (framings.size !== input.variants.length) {
    throw new AppError('VALIDATION_FAILED', '每种框架只能有一个版本', [{ field: 'variants', errors: ['duplicate framing'] }]);
  }
  return input.variants.map((variant) => ({
    framing: variant.framing,
    title: variant.title.trim(),
    summary: variant.summary ?? null,
    bodyHtml: variant.bodyHtml ? sanitizeHtml(variant.bodyHtml) : null,
  }));
}
