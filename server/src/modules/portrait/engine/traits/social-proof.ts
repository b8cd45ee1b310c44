import { makeEvidence } from '../evidence.js';
import type { SocialActivityValue } from '../metrics/social.js';
import { DAYS_PER_MONTH, round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { combineComponents, supportFrom, type Trait } from './trait.js';

/** Cialdini's social proof: how much the client lives in shares and community posts, absolute and per item read. */
export function computeSocialProof(activity: SocialActivityValue, rules: RuleSet): Trait {
  const r = rules.traits.socialProof;
  const months = rules.windows.longDays / DAYS_PER_MONTH;
  const actionsPerMonth = (activity.shares + activity.communityPosts) / months;
  const sharesPerOpen = activity.contentOpens > 0 ? activity.shares / activity.contentOpens : 0;
  const observed = activity.contentOpens + activity.shares + activity.communityPosts;
  return combineComponents(
    'social_proof',
    [
      {
        weight: r.weights.activity,
        support: supportFrom(observed, r.minOpensForFullSupport),
        score: 100 * unitScale(actionsPerMonth, r.actionsPerMonth.lo, r.actionsPerMonth.hi),
        evidence: makeEvidence(`月均分享/发帖${round(actionsPerMonth, 1)}次`, {
          shares: activity.shares,
          communityPosts: activity.communityPosts,
          actionsPerMonth: round(actionsPerMonth, 2),
        }),
      },
      {
        weight: r.weights.shareRate,
        support: supportFrom(activity.contentOpens, r.minOpensForFullSupport),
        score: 100 * unitScale(sharesPerOpen, r.sharesPerOpen.lo, r.sharesPerOpen.hi),
        evidence: makeEvidence(`每打开一篇内容分享${round(sharesPerOpen, 2)}次`, {
          contentOpens: activity.contentOpens,
          sharesPerOpen: round(sharesPerOpen, 3),
        }),
      },
    ],
    rules,
  );
}
