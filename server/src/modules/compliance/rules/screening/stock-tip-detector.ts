import { clauseAround, findWords } from './clause-scan.js';
import type { DetectedSpan, ScreeningLevel } from './screening.types.js';

/**
 * Recommending a specific security by code ("买入600519", "推荐 000001", "600519明天必涨").
 * An advisor may not give buy/sell calls on named securities outside an approved research product
 * (《证券投资顾问业务暂行规定》; "荐股" schemes are the commonest complaint). A bare code with no call to
 * action ("您自选的600519今天公告了分红") is information and passes. Negation does not excuse it: "不建议
 * 买入600519" is still advice on a named security.
 */

// A-share (SH 60x/68x, SZ 00x/30x, BJ 43x/8xx/92x) and exchange-fund (15x/16x/51x/56x/58x) code ranges.
const CODE_PREFIX = '(?:00[0-3]|30[01]|60[0-5]|68[89]|43\\d|8[3-7]\\d|92\\d|1[56]\\d|5[168]\\d)';
const SECURITY_CODE = new RegExp(`(?<![0-9a-z])(?:sh|sz|bj)?${CODE_PREFIX}\\d{3}(?:\\.(?:sh|sz|bj))?(?![0-9])`, 'g');
// "买入600000股" is a quantity, not a code.
const QUANTITY_UNIT_AFTER = /^(?:股|元|块|手|份|万|亿|千|百|%|个)/;

const CALLS_TO_ACTION: ReadonlyArray<{ word: string; level: ScreeningLevel }> = [
  ...['买入', '买进', '推荐', '荐股', '建仓', '加仓', '满仓', '重仓', '抄底', '梭哈', '上车', '抢筹', '低吸', '介入',
    '可以买', '建议买', '马上买', '赶紧买', '闭眼买', '目标价', '必涨', '涨停', '牛股', '金股', '埋伏', '布局', '卖出',
    '清仓', '减仓'].map((word) => ({ word, level: 'block' as const })),
  ...['关注', '看好', '留意', '盯紧'].map((word) => ({ word, level: 'warn' as const })),
];
const CALL_WORDS = CALLS_TO_ACTION.map((call) => call.word);
const LEVEL_OF_CALL = new Map(CALLS_TO_ACTION.map((call) => [call.word, call.level]));
const CALL_REACH = 8;

const REASON =
  '针对具体证券代码给出买卖建议属于荐股行为。证券投资顾问须以经审批的研究观点、在适当性匹配的前提下提供投资建议，' +
  '不得通过即时通讯向客户直接推荐具体证券（《证券投资顾问业务暂行规定》）。';
const SUGGESTION = '请改为发送经合规审批的研究观点素材，不在话术中点名具体证券的买卖建议。';

export function detectStockTips(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const match of text.matchAll(SECURITY_CODE)) {
    const codeStart = match.index;
    const codeEnd = codeStart + match[0].length;
    if (QUANTITY_UNIT_AFTER.test(text.slice(codeEnd))) continue;
    const clause = clauseAround(text, codeStart, codeEnd, CALL_REACH);
    const calls = findWords(text, CALL_WORDS, clause.from, clause.to, codeStart).filter(
      (call) => call.end <= codeStart || call.start >= codeEnd,
    );
    const nearest = calls[0];
    if (!nearest) continue;
    const level = calls.some((call) => LEVEL_OF_CALL.get(call.word) === 'block') ? 'block' : 'warn';
    const start = Math.min(nearest.start, codeStart);
    const end = Math.max(nearest.end, codeEnd);
    spans.push({
      term: text.slice(start, end),
      level,
      category: 'stock_tip',
      reason: REASON,
      suggestion: SUGGESTION,
      start,
      end,
    });
  }
  return spans;
}
