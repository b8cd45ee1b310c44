import type { ProductRiskLevel } from '@valuelens/contracts';
import { formatShanghaiDate } from './shanghai-time.js';

/**
 * Disclaimers appended automatically by content type (DESIGN §3). Templates may use {validUntil},
 * {copyrightHolder} and {riskLevel}; a sentence whose placeholder has no value is left out, so one
 * template serves material with and without a validity date. Compliance can override any template.
 */

export const DISCLAIMER_CONTENT_TYPES = ['research_report', 'product', 'market_view', 'education', 'activity'] as const;
export type DisclaimerContentType = (typeof DISCLAIMER_CONTENT_TYPES)[number];

export const DEFAULT_DISCLAIMER_TEMPLATES: Readonly<Record<DisclaimerContentType, string>> = {
  research_report:
    '本报告仅供参考，不构成投资建议。本报告有效期至{validUntil}，逾期请勿转发或引用。' +
    '研究报告版权归{copyrightHolder}所有，未经书面许可不得翻版、复制或转载。市场有风险，投资需谨慎。',
  product:
    '本产品风险等级为{riskLevel}，请确认与您的风险承受能力相匹配。产品过往业绩不代表未来表现，不构成收益承诺。' +
    '市场有风险，投资需谨慎。',
  market_view: '以上观点仅代表分析人员个人判断，仅供参考，不构成投资建议。市场有风险，投资需谨慎。',
  education: '本资料为投资者教育内容，仅供参考，不构成投资建议。市场有风险，投资需谨慎。',
  activity: '活动详情以官方公告为准，参与活动不构成任何投资建议或收益承诺。市场有风险，投资需谨慎。',
};

export interface DisclaimerContext {
  validUntil?: Date | null;
  riskLevel?: ProductRiskLevel | null;
}

export interface DisclaimerOptions {
  /** Replaces the default template for a content type. */
  overrides?: Partial<Record<DisclaimerContentType, string>>;
  /** Who owns research copyright, normally the brokerage's registered name. */
  copyrightHolder?: string;
}

const DEFAULT_COPYRIGHT_HOLDER = '本公司';
const SENTENCE = /[^。！？]+[。！？]?/g;
const PLACEHOLDER = /\{(\w+)\}/g;

export function buildDisclaimer(
  contentType: DisclaimerContentType,
  context: DisclaimerContext = {},
  options: DisclaimerOptions = {},
): string {
  const template = options.overrides?.[contentType] ?? DEFAULT_DISCLAIMER_TEMPLATES[contentType];
  const values: Record<string, string | undefined> = {
    validUntil: context.validUntil ? formatShanghaiDate(context.validUntil) : undefined,
    riskLevel: context.riskLevel ?? undefined,
    copyrightHolder: options.copyrightHolder ?? DEFAULT_COPYRIGHT_HOLDER,
  };
  return (template.match(SENTENCE) ?? [])
    .filter((sentence) => [...sentence.matchAll(PLACEHOLDER)].every(([, name]) => values[name ?? ''] !== undefined))
    .map((sentence) => sentence.replace(PLACEHOLDER, (_, name: string) => values[name] ?? ''))
    .join('');
}

/**
 * Appends the disclaimer on its own paragraph. Idempotent: text that already carries the same disclaimer
 * (ignoring whitespace, e.g. after an advisor edited the line breaks) is returned unchanged.
 */
export function appendDisclaimer(
  text: string,
  contentType: DisclaimerContentType,
  context: DisclaimerContext = {},
  options: DisclaimerOptions = {},
): string {
  const disclaimer = buildDisclaimer(contentType, context, options);
  if (disclaimer.length === 0 || withoutWhitespace(text).includes(withoutWhitespace(disclaimer))) return text;
  const body = text.replace(/\s+$/u, '');
  return body.length === 0 ? disclaimer : `${body}\n\n${disclaimer}`;
}

function withoutWhitespace(value: string): string {
  return value.replace(/\s+/gu, '');
}
