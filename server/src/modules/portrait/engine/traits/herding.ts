import { makeEvidence, RefCollector } from '../evidence.js';
import type { TradeInput } from '../inputs.js';
import { round, unitScale, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { combineComponents, supportFrom, type Trait } from './trait.js';

/** Herding: share of buys in names that were on the hot list / trending ranking when bought. */
export function computeHerding(trades: readonly TradeInput[], asOf: number, rules: RuleSet): Trait {
  const r = rules.traits.herding;
  let buys = 0;
  let hotBuys = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const t of trades) {
    if (t.side !== 'buy' || !withinDays(t.time, asOf, rules.windows.longDays)) continue;
    buys++;
    if (t.isHotListName) {
      hotBuys++;
      refs.add(t.id);
    }
  }
  const share = buys > 0 ? hotBuys / buys : 0;
  return combineComponents(
    'herding',
    [
      {
        weight: 1,
        support: supportFrom(buys, r.minBuysForFullSupport),
        score: 100 * unitScale(share, r.hotBuyShare.lo, r.hotBuyShare.hi),
        evidence: makeEvidence(`${hotBuys}/${buys}笔买入为热门榜单标的`, { buys, hotBuys, share: round(share, 3) }, refs.list()),
      },
    ],
    rules,
  );
}
