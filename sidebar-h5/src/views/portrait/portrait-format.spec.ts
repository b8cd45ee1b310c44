import { describe, expect, it } from 'vitest';
import { evidenceKeyLabel, formatBehaviourValue, formatEvidenceValue, formatMoney, scoreLevel } from './portrait-format';

describe('portrait-format', () => {
  it('should read money in 万 and 亿 as advisors say it', () => {
    expect(formatMoney(357_230.39)).toBe('35.7万');
    expect(formatMoney(-43_189.13)).toBe('-4.3万');
    expect(formatMoney(250_000_000)).toBe('2.5亿');
    expect(formatMoney(820)).toBe('820元');
  });

  it('should show shares as percentages and days as whole numbers', () => {
    expect(formatEvidenceValue('pgr', 0.5)).toBe('50%');
    expect(formatBehaviourValue('drawdown', 0.065)).toBe('6.5%');
    expect(formatBehaviourValue('holdingPeriod', 72.984)).toBe('73');
    expect(formatBehaviourValue('concentration', 0.336)).toBe('0.34');
  });

  it('should translate topics, framings and known keys, and keep unknown keys readable', () => {
    expect(formatBehaviourValue('contentDwell', 'macro')).toBe('宏观');
    expect(formatEvidenceValue('favoured', 'loss')).toBe('风险表述');
    expect(evidenceKeyLabel('realizedGains')).toBe('已实现盈利');
    expect(evidenceKeyLabel('someNewKey')).toBe('someNewKey');
    expect(formatEvidenceValue('anything', null)).toBe('—');
  });

  it('should band trait scores at 40 and 70', () => {
    expect([scoreLevel(39.9), scoreLevel(40), scoreLevel(70)]).toEqual(['low', 'mid', 'high']);
  });
});
