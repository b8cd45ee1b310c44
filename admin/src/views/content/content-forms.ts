import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import type {
  ContentNarrative,
  ContentTaggingInput,
  DisclaimerContentType,
  LifecycleStage,
  MaterialInput,
  MaterialType,
  MaterialVersion,
  ScriptInput,
  ScriptVersion,
  VariantFraming,
  VersionWorkflow,
} from '@/api/library.types';

/** The editable tagging of a version (category lives on the item, the rest on the version). */
export interface TaggingForm {
  categoryId: number | null;
  targetArchetypes: Archetype[];
  lifecycleStages: LifecycleStage[];
  framing: ContentNarrative | null;
  riskLevel: ProductRiskLevel | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType: DisclaimerContentType | null;
  /** [validFrom, validUntil] as ISO strings; either may be null (no limit). */
  validity: [string | null, string | null];
}

export interface ScriptForm extends TaggingForm {
  title: string;
  body: string;
  productName: string;
}

export interface VariantForm {
  framing: VariantFraming;
  title: string;
  summary: string;
}

export interface MaterialForm extends TaggingForm {
  type: MaterialType;
  title: string;
  summary: string;
  coverKey: string | null;
  bodyHtml: string;
  linkUrl: string;
  fileKey: string | null;
  miniProgram: { appid: string; page: string; title: string };
  productCodes: string[];
  variants: VariantForm[];
}

export function emptyTagging(): TaggingForm {
  return {
    categoryId: null,
    targetArchetypes: [],
    lifecycleStages: [],
    framing: null,
    riskLevel: null,
    isProductRelated: false,
    tags: [],
    disclaimerType: null,
    validity: [null, null],
  };
}

function taggingFrom(version: VersionWorkflow, categoryId: number | null): TaggingForm {
  return {
    categoryId,
    targetArchetypes: [...version.targetArchetypes],
    lifecycleStages: [...version.lifecycleStages],
    framing: version.framing,
    riskLevel: version.riskLevel,
    isProductRelated: version.isProductRelated,
    tags: [...version.tags],
    disclaimerType: version.disclaimerType,
    validity: [version.validFrom, version.validUntil],
  };
}

/** Tagging as the server's ContentTaggingInput: every field sent, so the edit states the whole version. */
export function taggingInput(form: TaggingForm): ContentTaggingInput {
  return {
    categoryId: form.categoryId,
    targetArchetypes: form.targetArchetypes,
    lifecycleStages: form.lifecycleStages,
    framing: form.framing,
    riskLevel: form.riskLevel,
    isProductRelated: form.isProductRelated,
    tags: form.tags,
    disclaimerType: form.disclaimerType,
    validFrom: form.validity[0],
    validUntil: form.validity[1],
  };
}

export function emptyScriptForm(): ScriptForm {
  return { ...emptyTagging(), title: '', body: '', productName: '' };
}

export function scriptFormFrom(version: ScriptVersion, categoryId: number | null): ScriptForm {
  return { ...taggingFrom(version, categoryId), title: version.title, body: version.body, productName: version.productName ?? '' };
}

export function scriptInputFrom(form: ScriptForm): ScriptInput {
  return {
    ...taggingInput(form),
    title: form.title.trim(),
    body: form.body,
    productName: form.productName.trim() || null,
  };
}

export function emptyMaterialForm(type: MaterialType = 'article'): MaterialForm {
  return {
    ...emptyTagging(),
    type,
    title: '',
    summary: '',
    coverKey: null,
    bodyHtml: '',
    linkUrl: '',
    fileKey: null,
    miniProgram: { appid: '', page: '', title: '' },
    productCodes: [],
    variants: [],
  };
}

export function materialFormFrom(type: MaterialType, version: MaterialVersion, categoryId: number | null): MaterialForm {
  return {
    ...taggingFrom(version, categoryId),
    type,
    title: version.title,
    summary: version.summary ?? '',
    coverKey: version.coverKey,
    bodyHtml: version.bodyHtml ?? '',
    linkUrl: version.linkUrl ?? '',
    fileKey: version.fileKey,
    miniProgram: version.miniProgram ? { ...version.miniProgram } : { appid: '', page: '', title: '' },
    productCodes: [...version.productCodes],
    variants: version.variants.map((variant) => ({
      framing: variant.framing,
      title: variant.title,
      summary: variant.summary ?? '',
    })),
  };
}

/** Which payload fields a material type carries (server material-fields.ts REQUIRED_BY_TYPE and friends). */
export function materialCarries(type: MaterialType): { body: boolean; link: boolean; file: boolean; miniProgram: boolean } {
  return {
    body: type === 'article',
    link: type === 'link',
    file: type === 'image' || type === 'poster' || type === 'file' || type === 'video',
    miniProgram: type === 'mini_program',
  };
}

/** Sends only what the type carries, so switching type while drafting leaves no stray payload behind. */
export function materialInputFrom(form: MaterialForm): MaterialInput {
  const carries = materialCarries(form.type);
  const mini = form.miniProgram;
  return {
    ...taggingInput(form),
    title: form.title.trim(),
    summary: form.summary.trim() || null,
    coverKey: form.coverKey,
    bodyHtml: carries.body ? form.bodyHtml : null,
    linkUrl: carries.link ? form.linkUrl.trim() || null : null,
    fileKey: carries.file ? form.fileKey : null,
    miniProgram: carries.miniProgram ? { appid: mini.appid.trim(), page: mini.page.trim(), title: mini.title.trim() } : null,
    productCodes: form.productCodes,
    variants: form.variants
      .filter((variant) => variant.title.trim() !== '')
      .map((variant) => ({ framing: variant.framing, title: variant.title.trim(), summary: variant.summary.trim() || null })),
  };
}

/** Variables used in a script body, in order of first use: `{{客户称呼}}` → 客户称呼. */
export function variablesIn(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) if (match[1]) found.add(match[1]);
  return [...found];
}
