import { RECOMMENDED_FRAMINGS, type RecommendedFraming } from '../portrait/engine/derive/framing.js';

/** Vocabularies of the content libraries (DESIGN §1, §3). */

export const CATEGORY_KINDS = ['script', 'material', 'activity'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** The narrative a piece of content tells; the same list as the portrait's recommended framing. */
export const CONTENT_NARRATIVES = RECOMMENDED_FRAMINGS;
export type ContentNarrative = RecommendedFraming;

export const MATERIAL_TYPES = ['article', 'link', 'image', 'file', 'video', 'mini_program', 'poster'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

/** Gain / loss / neutral framing of the same message (framing-sensitivity, DESIGN §2). */
export const VARIANT_FRAMINGS = ['gain', 'loss', 'neutral'] as const;
export type VariantFraming = (typeof VARIANT_FRAMINGS)[number];

export const CONTENT_KINDS = ['script', 'material'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The portrait's preferred format for each material type (portrait engine derive/format.ts). */
export const FORMAT_OF_MATERIAL_TYPE: Readonly<Record<MaterialType, 'short_video' | 'deep_report' | 'article' | 'poster'>> = {
  video: 'short_video',
  file: 'deep_report',
  article: 'article',
  link: 'article',
  mini_program: 'article',
  image: 'poster',
  poster: 'poster',
};

/** Types that carry an uploaded file, and the WeCom media type used to send it. */
export const FILE_MEDIA_TYPE: Readonly<Partial<Record<MaterialType, 'image' | 'video' | 'file'>>> = {
  image: 'image',
  poster: 'image',
  video: 'video',
  file: 'file',
};

/** Roles that curate or review content: they see every version; other roles only approved ones. */
export const CONTENT_CURATOR_ROLES: ReadonlySet<string> = new Set(['hq', 'compliance', 'admin']);
