import { makeEvidence } from '../evidence.js';
import type { FramingResponseValue } from '../metrics/framing-response.js';
import { round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { combineComponents, supportFrom, type Trait } from './trait.js';

/** Which frame draws more attention; 'none' when neither does or data is missing. */
export type FavouredFrame = 'gain' | 'loss' | 'none';

/**
 * Tversky & Kahneman (1981): the same content framed as gains vs losses draws different responses. Gap =
 * |gain − loss| ÷ (gain + loss) of mean reading seconds, 0 (indifferent) … 1 (responds to one frame only).
 */
export function framingGap(v: FramingResponseValue): { gap: number; favoured: FavouredFrame } {
  const g = v.gain.meanDwellSeconds;
  const l = v.loss.meanDwellSeconds;
  if (g + l <= 0) return { gap: 0, favoured: 'none' };
  const gap = Math.abs(g - l) / (g + l);
  return { gap, favoured: g > l ? 'gain' : l > g ? 'loss' : 'none' };
}

export function computeFramingSensitivity(response: FramingResponseValue, rules: RuleSet): Trait {
  const r = rules.traits.framing;
  const { gap, favoured } = framingGap(response);
  const favouredZh = favoured === 'gain' ? '收益框架' : favoured === 'loss' ? '损失框架' : '无明显偏好';
  return combineComponents(
    'framing_sensitivity',
    [
      {
        weight: 1,
        support: supportFrom(Math.min(response.gain.opens, response.loss.opens), r.minOpensPerFrameForFullSupport),
        score: 100 * unitScale(gap, r.responseGap.lo, r.responseGap.hi),
        evidence: makeEvidence(`对收益/损失两种表述的阅读差异${Math.round(gap * 100)}%，更关注${favouredZh}`, {
          gap: round(gap, 3),
          favoured,
          gainMeanDwell: round(response.gain.meanDwellSeconds, 1),
          lossMeanDwell: round(response.loss.meanDwellSeconds, 1),
        }),
      },
    ],
    rules,
  );
}
