import type { Archetype, ClientRiskLevel } from '@valuelens/contracts';
import { ENGINE_ARCHETYPES } from '../../modules/portrait/engine/archetype-catalog.js';
import { CONTENT_TOPICS, type ProductCategory } from '../../modules/portrait/engine/inputs.js';
import { generateClientEvents } from './client-events.js';
import { generatePortfolio } from './client-portfolio.js';
import { fakeIdNumber, fakeMobile } from './identity.js';
import { chineseName } from './names.js';
import type { OrgRows } from './org.js';
import { ARCHETYPE_PROFILES, blendProfiles, type BehaviourProfile } from './profiles.js';
import { Rng, streamSeed } from './prng.js';
import type { ClientBundle, ClientRow, GeneratorOptions, PlantedLabel, ProductRow } from './types.js';

const DAY = 86_400_000;
const MONTH = 30 * DAY;
/** Share of clients whose behaviour mixes in a second archetype, and the range of that admixture. */
const MIXED_SHARE = 0.5;
const SECONDARY_WEIGHT = { lo: 0.1, hi: 0.35 } as const;
/** Share of clients with thin data (new to the app, rarely trade). */
const SPARSE_SHARE = 0.08;
const QUESTIONNAIRE_SHARE = 0.8;
const CHAT_ARCHIVE_SHARE = 0.75;
/** Each client's topic mix keeps this share of uniform interest, as real readers stray outside their niche. */
const TOPIC_NOISE = 0.25;

export interface GenerationCatalog {
  org: OrgRows;
  products: readonly ProductRow[];
  byCategory: Readonly<Record<ProductCategory, readonly ProductRow[]>>;
  hotEquity: readonly ProductRow[];
  stocks: readonly ProductRow[];
}

function jitter(rng: Rng, x: number, sigma = 0.25): number {
  return x * rng.logNormal(1, sigma);
}

/** Per-client variation around the blended archetype profile. */
function personalize(rng: Rng, base: BehaviourProfile): BehaviourProfile {
  const topicTotal = CONTENT_TOPICS.reduce((s, t) => s + base.topicMix[t], 0);
  const topicMix = { ...base.topicMix };
  for (const t of CONTENT_TOPICS) {
    topicMix[t] = (1 - TOPIC_NOISE) * base.topicMix[t] + (TOPIC_NOISE * topicTotal) / CONTENT_TOPICS.length;
  }
  const share = (x: number): number => Math.min(0.95, Math.max(0.02, x + rng.normal(0, 0.08)));
  return {
    ...base,
    topicMix,
    tradesPerMonth: jitter(rng, base.tradesPerMonth, 0.35),
    holdingDaysMean: jitter(rng, base.holdingDaysMean, 0.35),
    activity: jitter(rng, base.activity, 0.3),
    sellWinnerShare: share(base.sellWinnerShare),
    heldLoserShare: share(base.heldLoserShare),
    hotBuyShare: share(base.hotBuyShare),
    shortSessionShare: share(base.shortSessionShare),
    shortVideoShare: share(base.shortVideoShare),
  };
}

function plant(rng: Rng): PlantedLabel {
  const primary = rng.pick(ENGINE_ARCHETYPES);
  if (!rng.chance(MIXED_SHARE)) return { primary, secondary: null, secondaryWeight: 0, sparse: rng.chance(SPARSE_SHARE) };
  let secondary: Archetype = rng.pick(ENGINE_ARCHETYPES);
  while (secondary === primary) secondary = rng.pick(ENGINE_ARCHETYPES);
  return { primary, secondary, secondaryWeight: rng.uniform(SECONDARY_WEIGHT.lo, SECONDARY_WEIGHT.hi), sparse: rng.chance(SPARSE_SHARE) };
}

function ageBand(age: number): string {
  if (age < 30) return '18-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 60) return '50-59';
  return '60+';
}

function occupation(rng: Rng, age: number): string {
  if (age >= 60 && rng.chance(0.75)) return '退休人员';
  return rng.pick(['企业职员', '公务员', '教师', '医生', '工程师', '个体经营者', '企业主', '自由职业', '金融从业者', '销售']);
}

function clientRow(rng: Rng, index: number, p: BehaviourProfile, catalog: GenerationCatalog, asOf: number): ClientRow {
  const gender = rng.chance(0.52) ? 'male' : 'female';
  const age = Math.round(Math.min(85, Math.max(20, rng.normal(p.ageMean, 8))));
  const birth = new Date(asOf - age * 365.25 * DAY - rng.int(0, 364) * DAY);
  const advisor = rng.pick(catalog.org.advisors);
  const office = catalog.org.salesOffices.find((o) => o.id === advisor.departmentId);
  const risk = Math.round(Math.min(5, Math.max(1, rng.normal(p.riskCentre, 0.6))));
  // Assessments are valid for two years; drawing up to 30 months back leaves some expired, as in a real book.
  const riskAssessedAt = asOf - rng.int(0, 30 * 30) * DAY;
  return {
    id: `c${String(index + 1).padStart(7, '0')}`,
    customerNo: `${office?.code ?? '0000'}${String(index + 1).padStart(8, '0')}`,
    name: chineseName(rng, gender),
    gender,
    age,
    ageBand: ageBand(age),
    occupation: occupation(rng, age),
    phone: fakeMobile(rng),
    idNo: fakeIdNumber(rng, birth, gender),
    riskLevel: `C${risk}` as ClientRiskLevel,
    riskAssessedAt,
    riskExpiresAt: riskAssessedAt + 730 * DAY,
    advisorId: advisor.id,
    departmentId: advisor.departmentId,
    openedAt: asOf - rng.int(30, 8 * 365) * DAY,
  };
}

/** One client, generated from its own PRNG stream: the same (seed, index) always gives the same bundle. */
export function generateClient(index: number, options: GeneratorOptions, catalog: GenerationCatalog, asOf: number): ClientBundle {
  const rng = new Rng(streamSeed(options.seed, index + 1), 3);
  const planted = plant(rng);
  const primary = ARCHETYPE_PROFILES[planted.primary];
  const blended = planted.secondary ? blendProfiles(primary, ARCHETYPE_PROFILES[planted.secondary], planted.secondaryWeight) : primary;
  const profile = personalize(rng, blended);
  const client = clientRow(rng, index, profile, catalog, asOf);
  const startAt = asOf - options.months * MONTH;
  const portfolio = generatePortfolio(rng, profile, {
    clientId: client.id,
    asOf,
    startAt,
    months: options.months,
    tradeScale: planted.sparse ? 0.3 : 1,
    byCategory: catalog.byCategory,
    hotEquity: catalog.hotEquity,
  });
  const cost = portfolio.holdings.reduce((s, h) => s + h.costValue, 0);
  const market = portfolio.holdings.reduce((s, h) => s + h.marketValue, 0);
  const budget = Math.round(options.eventsPerClient * profile.activity * (planted.sparse ? 0.25 : 1) * rng.logNormal(1, 0.3));
  const appEvents = generateClientEvents(rng, profile, {
    clientId: client.id,
    asOf,
    startAt,
    budget,
    hasChatArchive: rng.chance(CHAT_ARCHIVE_SHARE),
    drawdown: cost > 0 ? Math.max(0, 1 - market / cost) : 0,
    stocks: catalog.stocks,
    products: catalog.products,
  });
  const lambda = Math.max(1, rng.normal(profile.lambdaMean, 0.5));
  return {
    client,
    holdings: portfolio.holdings,
    trades: portfolio.trades,
    cashFlows: portfolio.cashFlows,
    events: [...portfolio.events, ...appEvents].sort((a, b) => a.time - b.time),
    questionnaire: rng.chance(QUESTIONNAIRE_SHARE)
      ? { lossAversionLambda: Math.round(lambda * 100) / 100, answers: { horizon: rng.int(1, 5), experience: rng.int(1, 5) } }
      : null,
    lastContactAt: rng.chance(0.85) ? asOf - Math.round(-Math.log(1 - rng.next()) * 20 * DAY) : null,
    planted,
  };
}
