import { clauseAround, findWords, isNegatedAt, type WordOccurrence } from './clause-scan.js';
import type { DetectedSpan, ScreeningLevel } from './screening.types.js';

/**
 * Promised returns phrased around a figure or a pronoun, which no fixed lexicon can enumerate:
 * "年化收益15%保证", "保证您每月的收益", "收益至少8个点". Promising or guaranteeing returns is prohibited
 * (《证券法》第一百三十五条; 《广告法》第二十五条). Figures with soft wording ("预计", "不低于") are
 * warnings: they may be an approved performance benchmark but need a risk statement next to them.
 */

const FIGURE = /\d+(?:\.\d+)?(?:%|个点|成|倍)|百分之[零一二两三四五六七八九十百点\d]+/g;
const RETURN_WORDS = ['收益', '回报', '年化', '利息', '月息', '利润', '盈利', '赚', '涨幅', '分红', '回本', '收入'];
const STRONG_PROMISES = [
  '保证', '确保', '承诺', '保底', '稳赚', '稳拿', '稳获', '稳得', '包赚', '必赚', '一定能', '一定会', '肯定能',
  '肯定会', '锁定', '刚兑', '刚性兑付', '固定回报', '无风险',
];
const SOFT_PROMISES = ['至少', '最少', '起码', '不低于', '不少于', '预计', '预期', '有望'];
const FIGURE_REACH = 12;
/** "保证您每月的收益": promise word, then at most this many units, then a return word. */
const PROMISE_TO_RETURN_REACH = 6;
const PROMISES_WITHOUT_FIGURE = ['保证', '确保', '承诺', '保底'];

const REASON_BLOCK =
  '对投资收益作出保证或承诺属于违规表述：证券公司不得对客户证券买卖的收益作出承诺（《证券法》第一百三十五条），' +
  '投资类宣传不得对未来收益作保证性承诺（《广告法》第二十五条）。';
const REASON_WARN =
  '含具体收益数字的预期表述容易被理解为收益承诺，须为经审批的业绩比较基准并同时提示风险' +
  '（《关于规范金融机构资产管理业务的指导意见》禁止以预期收益率进行宣传）。';
const SUGGESTION = '可改为"历史业绩不代表未来表现，产品净值可能波动，投资有风险"，或引用经审批的业绩比较基准。';

export function detectReturnPromises(text: string): DetectedSpan[] {
  return [...detectPromisedFigures(text), ...detectPromisedReturnsWithoutFigure(text)];
}

function detectPromisedFigures(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const figureStart = match.index;
    const figureEnd = figureStart + match[0].length;
    const clause = clauseAround(text, figureStart, figureEnd, FIGURE_REACH);
    const returnWords = findWords(text, RETURN_WORDS, clause.from, clause.to, figureStart);
    const returnWord = returnWords[0] && widenToAdjacent(returnWords[0], returnWords);
    if (!returnWord) continue;
    const nearestPromise = (words: readonly string[]) =>
      firstNotNegated(text, findWords(text, words, clause.from, clause.to, figureStart));
    const strong = nearestPromise(STRONG_PROMISES);
    const promise = strong ?? nearestPromise(SOFT_PROMISES);
    if (!promise) continue;
    const figure = { word: match[0], start: figureStart, end: figureEnd };
    spans.push(span(text, strong ? 'block' : 'warn', [returnWord, promise, figure]));
  }
  return spans;
}

function detectPromisedReturnsWithoutFigure(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const promise of findWords(text, PROMISES_WITHOUT_FIGURE, 0, text.length, 0)) {
    // "保证金" is margin, not a guarantee.
    if (isNegatedAt(text, promise.start) || text.startsWith('金', promise.end)) continue;
    const clause = clauseAround(text, promise.start, promise.end, PROMISE_TO_RETURN_REACH);
    const returnWord = findWords(text, RETURN_WORDS, promise.end, clause.to, promise.end)[0];
    if (returnWord) spans.push(span(text, 'block', [promise, returnWord]));
  }
  return spans;
}

/** "年化收益": report the whole compound, not only the return word nearest the figure. */
function widenToAdjacent(occurrence: WordOccurrence, all: WordOccurrence[]): WordOccurrence {
  let { start, end } = occurrence;
  for (let grown = true; grown; ) {
    grown = false;
    for (const other of all) {
      if (other.end === start) [start, grown] = [other.start, true];
      if (other.start === end) [end, grown] = [other.end, true];
    }
  }
  return { word: occurrence.word, start, end };
}

function firstNotNegated(text: string, occurrences: WordOccurrence[]): WordOccurrence | undefined {
  return occurrences.find((occurrence) => !isNegatedAt(text, occurrence.start));
}

function span(text: string, level: ScreeningLevel, parts: WordOccurrence[]): DetectedSpan {
  const start = Math.min(...parts.map((part) => part.start));
  const end = Math.max(...parts.map((part) => part.end));
  return {
    term: text.slice(start, end),
    level,
    category: 'return_promise',
    reason: level === 'block' ? REASON_BLOCK : REASON_WARN,
    suggestion: SUGGESTION,
    start,
    end,
  };
}
