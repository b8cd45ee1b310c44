import { performance } from 'node:perf_hooks';
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_LEXICON } from './default-lexicon.js';
import { Screener } from './screener.js';
import type { LexiconEntry } from './screening.types.js';
import { normalizeTerm } from './text-normalizer.js';

/**
 * Screening benchmark for `npm run bench`: a 5,000-entry lexicon (the default plus generated terms of
 * the kind compliance teams add: sector + "必涨"-style compounds) against a 2,000-character advisor
 * message. Target: ≤ 1 ms per screen. Tests only check the shape of the result, never the time.
 */

export interface ScreeningBenchOptions {
  lexiconSize?: number;
  textLength?: number;
  iterations?: number;
}

export interface ScreeningBenchResult {
  lexiconSize: number;
  automatonStates: number;
  textLength: number;
  iterations: number;
  buildMs: number;
  microsecondsPerScreen: number;
  hitsPerScreen: number;
}

const SUBJECTS = [
  '明日', '本周', '下周', '年底', '短线', '中线', '波段', '主力', '机构', '游资', '私募', '大户', '龙头', '题材',
  '板块', '概念', '次新', '科技', '医药', '军工', '芯片', '新能源', '光伏', '锂电', '券商', '白酒', '地产', '银行',
  '消费', '半导体', '算力', '机器人', '低空经济', '数据要素', '创新药', '高股息', '北交所', '科创板', '创业板', '港股通',
  '红利', '并购重组', '国企改革', '一带一路', '人工智能',
];
const CARRIERS = ['', '股', '个股', '标的', '品种', '票'];
const CLAIMS = [
  '必涨', '翻倍', '涨停', '暴涨', '稳赚', '内幕', '内部消息', '牛股', '金股', '起飞', '拉升', '连板', '主升浪', '稳拿',
  '秘籍', '密码', '内参', '提前布局', '埋伏', '包赚',
];

const SAFE_SENTENCES = [
  '今天沪深两市窄幅震荡，成交额较上一交易日有所回落，北向资金小幅净流入。',
  '从估值看，沪深300指数市盈率处于近十年中位数附近，市场整体估值并不极端。',
  '建议您结合自身的风险承受能力和投资期限，合理配置权益类与固收类资产。',
  '本周将公布CPI与PPI数据，市场关注物价走势对货币政策预期的影响。',
  '如果您对持仓有疑问，我们可以约个时间详细聊聊，我帮您梳理一下资产配置。',
  '分散投资可以降低单一资产波动对组合的影响，长期来看有助于改善持有体验。',
];
const FLAGGED_SENTENCES = ['这类产品保本保息，稳赚不赔。', '有内部消息，明天买入600519。', '年化收益15%保证，零佣金开户。'];

export function buildBenchLexicon(size: number): LexiconEntry[] {
  const lexicon: LexiconEntry[] = [...DEFAULT_LEXICON];
  const seen = new Set(lexicon.map((entry) => normalizeTerm(entry.term)));
  for (const term of shuffled(generatedTerms(), 20260101)) {
    if (lexicon.length >= size) break;
    const key = normalizeTerm(term);
    if (seen.has(key)) continue;
    seen.add(key);
    lexicon.push({ term, level: 'warn', category: 'stock_tip', reason: '生成的基准测试词条' });
  }
  return lexicon;
}

export function buildBenchText(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i += 1) {
    const pool = i % 7 === 6 ? FLAGGED_SENTENCES : SAFE_SENTENCES;
    text += pool[i % pool.length] ?? '';
  }
  return text.slice(0, length);
}

export function benchScreening(options: ScreeningBenchOptions = {}): ScreeningBenchResult {
  const { lexiconSize = 5000, textLength = 2000, iterations = 2000 } = options;
  const lexicon = buildBenchLexicon(lexiconSize);
  const text = buildBenchText(textLength);

  const buildStart = performance.now();
  const screener = new Screener(lexicon, { allowedPhrases: DEFAULT_ALLOWED_PHRASES, version: 'bench' });
  const buildMs = performance.now() - buildStart;

  let hits = 0;
  const warmup = Math.min(200, iterations);
  for (let i = 0; i < warmup; i += 1) hits = screener.screen(text).hits.length;
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) hits = screener.screen(text).hits.length;
  const elapsedMs = performance.now() - start;

  return {
    lexiconSize: screener.size,
    automatonStates: screener.automatonStates,
    textLength: text.length,
    iterations,
    buildMs: round(buildMs),
    microsecondsPerScreen: round((elapsedMs * 1000) / iterations),
    hitsPerScreen: hits,
  };
}

function generatedTerms(): string[] {
  return SUBJECTS.flatMap((subject) => CARRIERS.flatMap((carrier) => CLAIMS.map((claim) => subject + carrier + claim)));
}

/** Deterministic Fisher–Yates with a small LCG, so every bench run uses the same lexicon. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let i = result.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
