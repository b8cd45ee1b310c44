import { CLIENT_RISK_LEVELS, type ClientRiskLevel, PRODUCT_RISK_LEVELS, type ProductRiskLevel } from '@valuelens/contracts';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../portrait/engine/inputs.js';
import type { ImportKind } from '../entities/import-record.entity.js';
import { bool, dateTime, decimal, type FieldSpec, jsonObject, oneOf, optional, required, text } from './row-fields.js';

/**
 * Columns of each import kind (CSV header names = JSON keys). Documented for operators in
 * modules/client-data/IMPORTS.md; keep the two in step.
 */
const identity = <T extends string>(values: readonly T[]): Record<string, T> => Object.fromEntries(values.map((v) => [v, v]));
const CUSTOMER_NO = required('客户号', text(32, /^[A-Za-z0-9_-]+$/, '字母、数字、下划线或短横线'));
const PRODUCT_CODE = text(32, /^[A-Za-z0-9._-]+$/, '字母、数字、点、下划线或短横线');
const SOURCE_ID = text(64, /^[\x21-\x7e]+$/, '可见 ASCII 字符');
const productRisk = oneOf<ProductRiskLevel>(identity(PRODUCT_RISK_LEVELS));

export interface ClientImportRow {
  customer_no: string;
  name: string;
  gender?: 'male' | 'female';
  age_band?: string;
  occupation?: string;
  phone?: string;
  id_no?: string;
  risk_level?: ClientRiskLevel;
  risk_assessed_at?: Date;
  risk_expires_at?: Date;
  external_userid?: string;
  unionid?: string;
}

export interface HoldingImportRow {
  customer_no: string;
  product_code: string;
  market_value: number;
  cost_value: number;
  opened_at?: Date;
  product_category?: ProductCategory;
  risk_level?: ProductRiskLevel;
}

export interface TradeImportRow {
  id: string;
  customer_no: string;
  time: Date;
  side: 'buy' | 'sell';
  product_code: string;
  amount: number;
  realized_pnl?: number;
  is_hot_list_name?: boolean;
  risk_level?: ProductRiskLevel;
}

export interface CashFlowImportRow {
  id: string;
  customer_no: string;
  time: Date;
  direction: 'in' | 'out';
  amount: number;
}

export interface QuestionnaireImportRow {
  customer_no: string;
  answered_at: Date;
  loss_aversion_lambda?: number;
  answers?: Record<string, string | number | boolean | null>;
}

export type RowSchema<T> = { [K in keyof T]-?: FieldSpec<NonNullable<T[K]>> };

export const CLIENT_SCHEMA: RowSchema<ClientImportRow> = {
  customer_no: CUSTOMER_NO,
  name: required('姓名', text(64)),
  gender: optional('性别', oneOf({ male: 'male', female: 'female', 男: 'male', 女: 'female' })),
  age_band: optional('年龄段', text(16)),
  occupation: optional('职业', text(64)),
  phone: optional('手机号', text(20, /^\+?\d[\d-]{5,19}$/, '数字，可含 + 与 -')),
  id_no: optional('证件号', text(32, /^[0-9A-Za-z]{6,32}$/, '字母或数字')),
  risk_level: optional('风险等级', oneOf<ClientRiskLevel>(identity(CLIENT_RISK_LEVELS))),
  risk_assessed_at: optional('测评时间', dateTime),
  risk_expires_at: optional('测评到期时间', dateTime),
  external_userid: optional('external_userid', text(64, /^[\x21-\x7e]+$/, '可见 ASCII 字符')),
  unionid: optional('unionid', text(64, /^[\x21-\x7e]+$/, '可见 ASCII 字符')),
};

export const HOLDING_SCHEMA: RowSchema<HoldingImportRow> = {
  customer_no: CUSTOMER_NO,
  product_code: required('产品代码', PRODUCT_CODE),
  market_value: required('市值', decimal(0)),
  cost_value: required('成本', decimal(0)),
  opened_at: optional('建仓时间', dateTime),
  product_category: optional('产品类别', oneOf<ProductCategory>(identity(PRODUCT_CATEGORIES))),
  risk_level: optional('产品风险等级', productRisk),
};

export const TRADE_SCHEMA: RowSchema<TradeImportRow> = {
  id: required('成交编号', SOURCE_ID),
  customer_no: CUSTOMER_NO,
  time: required('成交时间', dateTime),
  side: required('买卖方向', oneOf({ buy: 'buy', sell: 'sell', 买入: 'buy', 卖出: 'sell', 买: 'buy', 卖: 'sell' })),
  product_code: required('产品代码', PRODUCT_CODE),
  amount: required('成交金额', decimal(0)),
  realized_pnl: optional('实现盈亏', decimal(-Number.MAX_SAFE_INTEGER)),
  is_hot_list_name: optional('是否热门标的', bool),
  risk_level: optional('产品风险等级', productRisk),
};

export const CASH_FLOW_SCHEMA: RowSchema<CashFlowImportRow> = {
  id: required('流水编号', SOURCE_ID),
  customer_no: CUSTOMER_NO,
  time: required('发生时间', dateTime),
  direction: required('方向', oneOf({ in: 'in', out: 'out', 转入: 'in', 转出: 'out' })),
  amount: required('金额', decimal(0.01)),
};

export const QUESTIONNAIRE_SCHEMA: RowSchema<QuestionnaireImportRow> = {
  customer_no: CUSTOMER_NO,
  answered_at: required('作答时间', dateTime),
  loss_aversion_lambda: optional('损失厌恶系数 λ', decimal(0, 20)),
  answers: optional('答卷', jsonObject),
};

export const SCHEMAS: Record<ImportKind, RowSchema<object>> = {
  clients: CLIENT_SCHEMA,
  holdings: HOLDING_SCHEMA,
  trades: TRADE_SCHEMA,
  cash_flows: CASH_FLOW_SCHEMA,
  questionnaires: QUESTIONNAIRE_SCHEMA,
};
