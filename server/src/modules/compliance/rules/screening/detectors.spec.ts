import { detectReturnPromises } from './return-promise-detector.js';
import { detectStockTips } from './stock-tip-detector.js';
import { normalizeTerm } from './text-normalizer.js';

const stockTips = (text: string) => detectStockTips(normalizeTerm(text));
const promises = (text: string) => detectReturnPromises(normalizeTerm(text));

describe('detectStockTips', () => {
  it.each(['买入600519', '推荐 000001', '建议加仓300750', '600519明天必涨', '抄底 SZ002594', '688981目标价80元'])(
    'should block the recommendation in %s',
    (text) => {
      const [span] = stockTips(text);
      expect(span).toMatchObject({ level: 'block', category: 'stock_tip' });
    },
  );

  it('should warn on a softer call such as 关注', () => {
    expect(stockTips('可以关注一下601318')[0]?.level).toBe('warn');
  });

  it('should pass a code mentioned without a call to action', () => {
    expect(stockTips('您自选股中的600519今天发布了分红公告')).toEqual([]);
  });

  it('should not read a share quantity or an amount as a code', () => {
    expect(stockTips('买入600000股')).toEqual([]);
    expect(stockTips('买入100000元理财')).toEqual([]);
  });

  it('should not take a call to action from another clause', () => {
    expect(stockTips('建议您先完成测评。600519的年报已发布')).toEqual([]);
  });

  it('should still flag a negated call on a named security', () => {
    expect(stockTips('不建议买入600519')).toHaveLength(1);
  });
});

describe('detectReturnPromises', () => {
  it.each(['年化收益15%保证', '保证年化8%的回报', '每月稳拿5个点收益', '收益率一定能到20%', '我们承诺百分之十的收益'])(
    'should block the promised figure in %s',
    (text) => {
      expect(promises(text).some((span) => span.level === 'block')).toBe(true);
    },
  );

  it('should block a promise of returns without a figure', () => {
    expect(promises('我保证您每月的收益')).toMatchObject([{ term: '保证您每月的收益', level: 'block' }]);
  });

  it('should warn on an expected figure', () => {
    expect(promises('预计年化收益4.5%')).toMatchObject([{ level: 'warn' }]);
  });

  it('should pass a past-performance figure with no promise', () => {
    expect(promises('该基金过去一年收益12%，过往业绩不代表未来表现')).toEqual([]);
  });

  it('should pass a negated promise and margin wording', () => {
    expect(promises('本产品不保证收益率达到5%')).toEqual([]);
    expect(promises('融资融券保证金收益')).toEqual([]);
  });

  it('should not combine a figure with a promise from another clause', () => {
    expect(promises('我们保证服务质量。历史年化收益6%')).toEqual([]);
  });
});
