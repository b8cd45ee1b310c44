import type { MaterialDto, ScriptDto } from '@/api/library-types';
import { zhCN } from '@/locales/zh-CN';
import type { ContentRef } from '@/outreach/chat-target';

/** One row of the 话术 / 素材 lists, whichever library it came from. */
export interface LibraryRow {
  key: string;
  content: ContentRef;
  typeLabel: string;
  snippet: string;
  sentCount: number;
  productRelated: boolean;
}

/** Product information goes 1:1 only: group members have different risk levels (server sends.service.ts). */
const GROUP_PRODUCT_BLOCK = { code: 'SUITABILITY_MISMATCH', reasonZh: zhCN.recommend.groupProductHint } as const;

function isProduct(version: { isProductRelated: boolean; riskLevel: string | null }): boolean {
  return version.isProductRelated || version.riskLevel !== null;
}

export function scriptRow(script: ScriptDto, inGroup: boolean): LibraryRow {
  const productRelated = isProduct(script.version);
  return {
    key: `script-${script.id}`,
    content: {
      kind: 'script',
      id: script.id,
      title: script.version.title,
      ...(inGroup && productRelated ? { blocked: GROUP_PRODUCT_BLOCK } : {}),
    },
    typeLabel: zhCN.recommend.kind.script ?? '',
    // Template variables ({{客户称呼}}) are filled per client on send; the list names them in brackets.
    snippet: script.version.body.replace(/\{\{\s*([^}]+?)\s*\}\}/g, '［$1］').replace(/\s+/g, ' '),
    sentCount: script.sentCount,
    productRelated,
  };
}

export function materialRow(material: MaterialDto, inGroup: boolean): LibraryRow {
  const productRelated = isProduct(material.version);
  return {
    key: `material-${material.id}`,
    content: {
      kind: 'material',
      id: material.id,
      title: material.version.title,
      materialType: material.type,
      ...(inGroup && productRelated ? { blocked: GROUP_PRODUCT_BLOCK } : {}),
    },
    typeLabel: zhCN.recommend.materialTypes[material.type] ?? material.type,
    snippet: material.version.summary ?? '',
    sentCount: material.sentCount,
    productRelated,
  };
}
