import { formatShanghaiDate } from '../../compliance/rules/shanghai-time.js';

/**
 * Script templates (话术): `{{变量}}` placeholders filled per client at send time. The variable list is
 * closed on purpose: a typo such as {{客户名称}} would otherwise reach the client verbatim, so an unknown
 * variable is a validation error when HQ submits the script for approval.
 */

export interface TemplateValues {
  clientName?: string | null;
  clientGender?: 'male' | 'female' | null;
  advisorName?: string | null;
  productName?: string | null;
  /** Shown as "2026年11月20日" (Asia/Shanghai). */
  today?: Date;
  branchName?: string | null;
}

interface VariableDefinition {
  descriptionZh: string;
  /** The value for one send; `fallback` is used when the source value is unknown. */
  resolve(values: TemplateValues): string | null;
  fallback: string;
}

/** A polite form of address: surname + 先生/女士 when both are known, else the name as stored. */
function salutation(values: TemplateValues): string | null {
  const name = values.clientName?.trim();
  if (!name) return null;
  const title = values.clientGender === 'male' ? '先生' : values.clientGender === 'female' ? '女士' : null;
  // Chinese names start with the surname; a WeChat nickname that is not a name gets no title.
  const looksLikeChineseName = /^[\u4e00-\u9fff]{2,4}$/u.test(name);
  return title && looksLikeChineseName ? `${name.slice(0, 1)}${title}` : name;
}

export const TEMPLATE_VARIABLES: Readonly<Record<string, VariableDefinition>> = {
  客户称呼: { descriptionZh: '客户称呼，如"王先生"', resolve: salutation, fallback: '您' },
  客户姓名: { descriptionZh: '客户姓名（企业微信备注或昵称）', resolve: (v) => v.clientName?.trim() || null, fallback: '您' },
  顾问姓名: { descriptionZh: '发送话术的投资顾问姓名', resolve: (v) => v.advisorName?.trim() || null, fallback: '您的投资顾问' },
  产品名称: { descriptionZh: '话术关联的产品名称', resolve: (v) => v.productName?.trim() || null, fallback: '该产品' },
  日期: { descriptionZh: '发送当天的日期，如"2026年11月20日"', resolve: (v) => (v.today ? formatShanghaiDate(v.today) : null), fallback: '今日' },
  营业部: { descriptionZh: '投资顾问所在营业部', resolve: (v) => v.branchName?.trim() || null, fallback: '我们营业部' },
};

export const TEMPLATE_VARIABLE_NAMES = Object.keys(TEMPLATE_VARIABLES);

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/gu;

/** Placeholders in the text, in order of first appearance. */
export function templateVariablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map(([, name]) => name ?? ''))];
}

/** Variables the filler does not know; non-empty means the template cannot be submitted. */
export function unknownTemplateVariables(text: string): string[] {
  return templateVariablesIn(text).filter((name) => !(name in TEMPLATE_VARIABLES));
}

/** Fills every known variable; an unknown one is left as typed (submission already refused it). */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const variable = TEMPLATE_VARIABLES[name];
    return variable ? (variable.resolve(values) ?? variable.fallback) : whole;
  });
}
