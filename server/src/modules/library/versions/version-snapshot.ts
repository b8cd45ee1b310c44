import { htmlToText } from '../content/html-sanitizer.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import type { MaterialVariant, MaterialVersion } from '../entities/material.entities.js';
import type { ScriptVersion } from '../entities/script.entities.js';
import type { ContentKind } from '../library.constants.js';

/** A version reduced to what a reviewer compares: title, body text and the tagging fields. */
export interface VersionSnapshot {
  title: string;
  body: string;
  fields: Record<string, unknown>;
}

function commonFields(version: ContentVersionColumns): Record<string, unknown> {
  return {
    targetArchetypes: version.targetArchetypes,
    lifecycleStages: version.lifecycleStages,
    framing: version.framing,
    riskLevel: version.riskLevel,
    isProductRelated: Boolean(version.isProductRelated),
    tags: version.tags,
    disclaimerType: version.disclaimerType,
    validFrom: version.validFrom?.toISOString() ?? null,
    validUntil: version.validUntil?.toISOString() ?? null,
  };
}

export function snapshotOf(kind: ContentKind, version: ContentVersionColumns, variants: readonly MaterialVariant[] = []): VersionSnapshot {
  if (kind === 'script') {
    const script = version as ScriptVersion;
    return { title: script.title, body: script.body, fields: { ...commonFields(script), productName: script.productName } };
  }
  const material = version as MaterialVersion;
  return {
    title: material.title,
    body: material.bodyHtml ? htmlToText(material.bodyHtml) : '',
    fields: {
      ...commonFields(material),
      summary: material.summary,
      coverKey: material.coverKey,
      linkUrl: material.linkUrl,
      fileKey: material.fileKey,
      miniProgram: material.miniProgram,
      productCodes: material.productCodes,
      variants: variants.map((variant) => ({
        framing: variant.framing,
        title: variant.title,
        summary: variant.summary,
        body: variant.bodyHtml ? htmlToText(variant.bodyHtml) : null,
      })),
    },
  };
}

/** Everything a client could read, for screening at submission. */
export function screeningTextOf(snapshot: VersionSnapshot): string {
  const variants = (snapshot.fields.variants as { title: string; summary: string | null; body: string | null }[] | undefined) ?? [];
  return [
    snapshot.title,
    snapshot.body,
    typeof snapshot.fields.summary === 'string' ? snapshot.fields.summary : '',
    ...variants.flatMap((variant) => [variant.title, variant.summary ?? '', variant.body ?? '']),
  ]
    .filter((part) => part.length > 0)
    .join('\n');
}
