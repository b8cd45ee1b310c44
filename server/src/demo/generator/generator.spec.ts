import { generateDataset } from './generate.js';
import { fakeIdNumber, fakeMobile, idCheckDigit } from './identity.js';
import { Rng } from './prng.js';
import { toPortraitInput } from './to-portrait-input.js';
import type { GeneratorOptions } from './types.js';

const options: GeneratorOptions = { branches: 7, advisorsPerBranch: 3, clients: 50, eventsPerClient: 80, months: 6, seed: 2026 };

function take<T>(it: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let r = it.next(); !r.done && out.length < n; r = it.next()) out.push(r.value);
  return out;
}

describe('PRNG', () => {
  it('should repeat its sequence for a seed and differ across seeds', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect([c.next(), c.next(), c.next()]).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('identity numbers', () => {
  it('should compute the GB 11643 check digit (standard example 11010519491231002X)', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    // Σ digit × weight = 174, 174 mod 11 = 9 → '3'
    expect(idCheckDigit('44030519800101001')).toBe('3');
  });

  it('should produce IDs whose check digit, birth date and gender digit are consistent', () => {
    const rng = new Rng(5);
    const id = fakeIdNumber(rng, new Date(Date.UTC(1970, 4, 9)), 'female');
    expect(id).toMatch(/^\d{6}19700509\d{3}[\dX]$/);
    expect(id.slice(17)).toBe(idCheckDigit(id.slice(0, 17)));
    expect(Number(id[16]) % 2).toBe(0);
  });

  it('should produce well-formed mainland mobile numbers', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 50; i++) expect(fakeMobile(rng)).toMatch(/^1[3-9]\d{9}$/);
  });
});

describe('generateDataset', () => {
  it('should build 总部 → 3 分公司 → the requested 营业部 with advisors in each', () => {
    const ds = generateDataset(options);
    expect(ds.departments.filter((d) => d.level === 'hq').map((d) => d.name)).toEqual(['总部']);
    expect(ds.departments.filter((d) => d.level === 'branch_company')).toHaveLength(3);
    expect(ds.salesOffices).toHaveLength(7);
    expect(ds.salesOffices.every((o) => o.name.endsWith('营业部'))).toBe(true);
    expect(ds.advisors).toHaveLength(21);
  });

  it('should generate the same clients for the same seed, lazily', () => {
    const first = take(generateDataset(options).clients(), 5);
    const again = take(generateDataset(options).clients(), 5);
    const other = take(generateDataset({ ...options, seed: 7 }).clients(), 5);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('should produce realistic client rows and a planted label the engine input does not carry', () => {
    const ds = generateDataset(options);
    const bundles = [...ds.clients()];
    expect(bundles).toHaveLength(50);
    const customerNos = new Set(bundles.map((b) => b.client.customerNo));
    expect(customerNos.size).toBe(50);
    for (const { client } of bundles) {
      expect(client.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(client.idNo.slice(17)).toBe(idCheckDigit(client.idNo.slice(0, 17)));
      expect(client.riskLevel).toMatch(/^C[1-5]$/);
      expect(client.name.length).toBeGreaterThanOrEqual(2);
    }
    expect(bundles.some((b) => b.client.riskExpiresAt < ds.asOf)).toBe(true);
    const input = toPortraitInput(bundles[0]!, ds.asOf);
    expect(JSON.stringify(input)).not.toContain('planted');
    expect(Object.keys(input)).not.toContain('planted');
  });

  it('should keep every generated time at or before asOf and sells realized', () => {
    const ds = generateDataset(options);
    for (const b of ds.clients()) {
      for (const t of b.trades) {
        expect(t.time).toBeLessThanOrEqual(ds.asOf);
        if (t.side === 'sell') expect(t.realizedPnl).toBeDefined();
      }
      for (const e of b.events) expect(e.time).toBeLessThanOrEqual(ds.asOf);
    }
  });
});
