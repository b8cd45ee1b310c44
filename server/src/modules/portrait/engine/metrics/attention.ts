import { makeEvidence, type Metric } from '../evidence.js';
import { eventsNamed, type EventIndex } from '../event-index.js';
import type { EpochMs } from '../inputs.js';
import { round } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { countWithin } from './window-count.js';

export function computeWatchlistAdds(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<number> {
  const days = rules.windows.shortDays;
  const { count, refs } = countWithin(eventsNamed(index, 'watchlist_add'), asOf, days, rules.evidenceRefCap);
  return { value: count, evidence: makeEvidence(`近${days}天加自选${count}次`, { count, days }, refs) };
}

export function computeQuoteViews(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<number> {
  const days = rules.windows.shortDays;
  const { count, refs } = countWithin(eventsNamed(index, 'quote_view'), asOf, days, rules.evidenceRefCap);
  return { value: count, evidence: makeEvidence(`近${days}天查看行情${count}次`, { count, days }, refs) };
}

export interface AccountCheckingValue {
  logins: number;
  quoteViews: number;
  /** (logins + quote views) per day over the short window: how often the client looks at the account/market. */
  checksPerDay: number;
}

export function computeAccountChecking(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<AccountCheckingValue> {
  const days = rules.windows.shortDays;
  const logins = countWithin(eventsNamed(index, 'login'), asOf, days, rules.evidenceRefCap);
  const quotes = countWithin(eventsNamed(index, 'quote_view'), asOf, days, 0);
  const checksPerDay = (logins.count + quotes.count) / days;
  return {
    value: { logins: logins.count, quoteViews: quotes.count, checksPerDay },
    evidence: makeEvidence(
      `近${days}天日均查看账户/行情${round(checksPerDay, 1)}次`,
      { logins: logins.count, quoteViews: quotes.count, checksPerDay: round(checksPerDay, 2) },
      logins.refs,
    ),
  };
}

export interface AppUsageValue {
  /** login, page_view, quote_view, watchlist_add, product_view and content_open events in the preference window. */
  appEvents: number;
  quoteViews: number;
  /** quote views ÷ app events: what the client does when in the app, independent of how often they come. */
  quoteViewShare: number;
}

const APP_EVENT_NAMES = ['login', 'page_view', 'quote_view', 'watchlist_add', 'product_view', 'content_open'] as const;

export function computeAppUsage(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<AppUsageValue> {
  const days = rules.windows.preferenceDays;
  let appEvents = 0;
  let quoteViews = 0;
  for (const name of APP_EVENT_NAMES) {
    const { count } = countWithin(eventsNamed(index, name), asOf, days, 0);
    appEvents += count;
    if (name === 'quote_view') quoteViews = count;
  }
  const quoteViewShare = appEvents > 0 ? quoteViews / appEvents : 0;
  return {
    value: { appEvents, quoteViews, quoteViewShare },
    evidence: makeEvidence(`近${days}天App行为中看行情占${Math.round(quoteViewShare * 100)}%`, {
      appEvents,
      quoteViews,
      quoteViewShare: round(quoteViewShare, 3),
    }),
  };
}
