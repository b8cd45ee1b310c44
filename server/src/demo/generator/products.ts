import type { ProductRiskLevel } from '@valuelens/contracts';
import type { ProductCategory } from '../../modules/portrait/engine/inputs.js';
import { Rng, streamSeed } from './prng.js';
import type { ProductRow } from './types.js';

/** Well-known A-share names so the demo reads naturally; main board R4, ChiNext/STAR (300/688) R5. */
const STOCKS: readonly [string, string][] = [
  ['600519', '贵州茅台'], ['000858', '五粮液'], ['601318', '中国平安'], ['600036', '招商银行'], ['300750', '宁德时代'],
  ['002594', '比亚迪'], ['000333', '美的集团'], ['601012', '隆基绿能'], ['600900', '长江电力'], ['601899', '紫金矿业'],
  ['688981', '中芯国际'], ['002415', '海康威视'], ['000001', '平安银行'], ['600030', '中信证券'], ['601398', '工商银行'],
  ['600276', '恒瑞医药'], ['300059', '东方财富'], ['002475', '立讯精密'], ['603259', '药明康德'], ['600887', '伊利股份'],
  ['601888', '中国中免'], ['000651', '格力电器'], ['300760', '迈瑞医疗'], ['688111', '金山办公'], ['601166', '兴业银行'],
  ['600309', '万华化学'], ['002230', '科大讯飞'], ['300124', '汇川技术'], ['601088', '中国神华'], ['600028', '中国石化'],
];

const FUND_HOUSES = ['景顺泰和', '华安信达', '博远', '嘉盛', '广利', '汇丰裕', '南岳', '易安'];
const EQUITY_FUND_THEMES = ['成长混合', '价值精选', '消费升级', '科技创新', '医药健康', '新能源产业', '沪深300指数增强', '红利低波'];
const BOND_FUND_THEMES = ['纯债', '稳健添利', '短债', '信用增强'];
const WEALTH_NAMES = ['稳享收益凭证', '安盈年年', '传家宝睿', '金穗稳健', '恒裕养老目标', '家族财富稳进'];

/** A fixed product catalogue: stocks, equity and bond funds, money funds, wealth products and government bonds. */
export function generateProducts(seed: number): ProductRow[] {
  const rng = new Rng(streamSeed(seed, 0x9d0), 2);
  const rows: ProductRow[] = [];
  const add = (code: string, name: string, category: ProductCategory, riskLevel: ProductRiskLevel, hotChance: number): void => {
    rows.push({ code, name, category, riskLevel, isHot: rng.chance(hotChance) });
  };
  for (const [code, name] of STOCKS) add(code, name, 'stock', /^(300|688)/.test(code) ? 'R5' : 'R4', 0.35);
  let fundSeq = 1;
  for (const house of FUND_HOUSES) {
    for (const theme of rng.chance(0.5) ? EQUITY_FUND_THEMES.slice(0, 4) : EQUITY_FUND_THEMES.slice(4)) {
      add(`F${String(fundSeq++).padStart(5, '0')}`, `${house}${theme}A`, 'fund_equity', rng.chance(0.3) ? 'R4' : 'R3', 0.25);
    }
    add(`F${String(fundSeq++).padStart(5, '0')}`, `${house}${rng.pick(BOND_FUND_THEMES)}债券A`, 'fund_bond', 'R2', 0);
    add(`F${String(fundSeq++).padStart(5, '0')}`, `${house}货币A`, 'money', 'R1', 0);
  }
  WEALTH_NAMES.forEach((name, i) => add(`W${String(i + 1).padStart(4, '0')}`, `${name}${i + 1}号`, 'wealth', i % 3 === 0 ? 'R3' : 'R2', 0));
  ['019547', '019559', '019666', '019701'].forEach((code, i) => add(code, `${['23', '24', '24', '25'][i] ?? '24'}附息国债${String(i + 5).padStart(2, '0')}`, 'bond', 'R1', 0));
  return rows;
}

export function productsByCategory(products: readonly ProductRow[]): Record<ProductCategory, ProductRow[]> {
  const map: Record<ProductCategory, ProductRow[]> = { stock: [], fund_equity: [], fund_bond: [], money: [], wealth: [], bond: [] };
  for (const p of products) map[p.category].push(p);
  return map;
}
