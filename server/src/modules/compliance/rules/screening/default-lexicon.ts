import type { LexiconEntry, ScreeningCategory, ScreeningLevel } from './screening.types.js';

/**
 * The lexicon a fresh installation starts with; compliance maintains the live one in the admin. Reasons
 * cite the rule that makes the wording a problem so an advisor learns why, not only that.
 */

const REASONS = {
  guaranteedPrincipal:
    '明示或暗示保本、无风险属于违规承诺：证券公司不得对客户证券买卖的收益或者赔偿损失作出承诺（《证券法》第一百三十五条），' +
    '投资类宣传不得明示或者暗示保本、无风险（《广告法》第二十五条），资管产品已打破刚性兑付（资管新规）。',
  returnPromise:
    '对投资收益作出保证或承诺属于违规表述（《证券法》第一百三十五条；《广告法》第二十五条），' +
    '证券投资顾问不得承诺或者变相承诺投资收益（《证券投资顾问业务暂行规定》）。',
  expectedReturn:
    '"预期收益"类表述易被理解为收益承诺，资管产品不得以预期收益率宣传（《关于规范金融机构资产管理业务的指导意见》），须改用经审批的业绩比较基准并提示风险。',
  insider:
    '涉及内幕信息或来源不明的消息：禁止利用、泄露内幕信息或者建议他人买卖（《证券法》第五十条、第五十三条），' +
    '禁止传播虚假或误导性信息（《证券法》第五十六条），投资建议不得以市场传言或内幕信息为依据（《证券投资顾问业务暂行规定》）。',
  stockTip:
    '属于荐股或喊单类表述：证券投资顾问须在适当性匹配的前提下、以经审批的研究观点提供投资建议，不得向客户直接推荐具体证券或承诺涨幅（《证券投资顾问业务暂行规定》）。',
  manipulation:
    '暗示庄家、控盘或拉抬股价，涉嫌宣扬操纵证券市场（《证券法》第五十五条），亦属误导性信息（《证券法》第五十六条）。',
  discretionary:
    '涉及代客理财或全权委托：证券公司不得接受客户的全权委托决定证券买卖（《证券法》第一百三十四条），从业人员不得私下接受客户委托买卖证券（《证券法》第一百三十六条）。',
  commission:
    '佣金营销用语须使用经审批的口径：以低佣金、免最低收费为噱头招揽客户属于不正当竞争，行业自律规则要求不得以"零佣金""最低佣金"等方式宣传（《证券经纪业务管理办法》）。',
  improperBenefit:
    '以返佣、返现、赠送现金等利益招揽客户属于提供不正当利益（《证券期货经营机构及其工作人员廉洁从业规定》）。',
  absolute:
    '绝对化、夸大性用语违反《广告法》第九条，也可能误导投资者忽视风险（《证券期货投资者适当性管理办法》要求如实说明风险）。',
  suitabilityBypass:
    '绕开风险测评或适当性管理违反《证券期货投资者适当性管理办法》：须先了解客户、评估风险承受能力，再提供匹配的产品或服务。',
  leverage: '场外配资、借贷炒股属于监管明令禁止或高风险行为，从业人员不得诱导客户参与（《证券法》第一百二十条及证监会清理整顿场外配资相关要求）。',
  privateChannel: '从业人员不得通过私人账户收付客户资金或私下开展业务（《证券期货经营机构及其工作人员廉洁从业规定》；《证券法》第一百三十六条）。',
} as const;

const SUGGESTIONS = {
  principal: '可改为"本产品不保证本金安全，投资可能产生亏损，请关注产品风险等级"。',
  returns: '可改为客观描述历史业绩，并注明"过往业绩不代表未来表现，投资有风险"。',
  insider: '请仅引用上市公司公告等已公开披露的信息，并注明信息来源。',
  stockTip: '请改为发送经合规审批的研究观点素材，不在话术中给出具体买卖建议。',
  manipulation: '请删除相关表述，改为基于公开信息的客观分析。',
  discretionary: '可改为"投资决策请您本人自主作出，账户请由本人操作"。',
  commission: '可改为"具体佣金标准以营业部公示及经审批的收费说明为准"。',
  benefit: '请删除利益承诺，如有经审批的客户活动，请发送活动素材。',
  absolute: '请删除绝对化用语，改为客观、可验证的表述。',
  suitability: '可改为"请先完成风险测评，我们会根据测评结果为您匹配合适的产品"。',
} as const;

type Row = [term: string, level: ScreeningLevel, reason: string, suggestion?: string];

function group(category: ScreeningCategory, rows: Row[]): LexiconEntry[] {
  return rows.map(([term, level, reason, suggestion]) =>
    suggestion === undefined ? { term, level, category, reason } : { term, level, category, reason, suggestion },
  );
}

const R = REASONS;
const S = SUGGESTIONS;

export const DEFAULT_LEXICON: readonly LexiconEntry[] = [
  ...group('guaranteed_principal', [
    ['保本', 'block', R.guaranteedPrincipal, S.principal],
    ['保本保息', 'block', R.guaranteedPrincipal, S.principal],
    ['保本保收益', 'block', R.guaranteedPrincipal, S.principal],
    ['保证本金', 'block', R.guaranteedPrincipal, S.principal],
    ['本金无忧', 'block', R.guaranteedPrincipal, S.principal],
    ['本金无风险', 'block', R.guaranteedPrincipal, S.principal],
    ['本金安全', 'warn', R.guaranteedPrincipal, S.principal],
    ['零风险', 'block', R.guaranteedPrincipal, S.principal],
    ['无风险', 'block', R.guaranteedPrincipal, S.principal],
    ['没有任何风险', 'block', R.guaranteedPrincipal, S.principal],
    ['毫无风险', 'block', R.guaranteedPrincipal, S.principal],
    ['风险为零', 'block', R.guaranteedPrincipal, S.principal],
    ['稳赚不赔', 'block', R.guaranteedPrincipal, S.principal],
    ['只赚不赔', 'block', R.guaranteedPrincipal, S.principal],
    ['包赚不赔', 'block', R.guaranteedPrincipal, S.principal],
    ['不会亏', 'block', R.guaranteedPrincipal, S.principal],
    ['不亏本', 'block', R.guaranteedPrincipal, S.principal],
    ['亏损包赔', 'block', R.guaranteedPrincipal, S.principal],
    ['亏了我赔', 'block', R.guaranteedPrincipal, S.principal],
    ['亏损我来承担', 'block', R.guaranteedPrincipal, S.principal],
    ['兜底', 'block', R.guaranteedPrincipal, S.principal],
    ['刚性兑付', 'block', R.guaranteedPrincipal, S.principal],
    ['刚兑', 'block', R.guaranteedPrincipal, S.principal],
    ['绝对安全', 'block', R.guaranteedPrincipal, S.principal],
    ['100%安全', 'block', R.guaranteedPrincipal, S.principal],
    ['安全无忧', 'warn', R.guaranteedPrincipal, S.principal],
  ]),
  ...group('return_promise', [
    ['稳赚', 'block', R.returnPromise, S.returns],
    ['稳拿', 'block', R.returnPromise, S.returns],
    ['稳赢', 'block', R.returnPromise, S.returns],
    ['稳涨', 'block', R.returnPromise, S.returns],
    ['包赚', 'block', R.returnPromise, S.returns],
    ['必赚', 'block', R.returnPromise, S.returns],
    ['躺赚', 'block', R.returnPromise, S.returns],
    ['躺赢', 'block', R.returnPromise, S.returns],
    ['收益承诺', 'block', R.returnPromise, S.returns],
    ['承诺收益', 'block', R.returnPromise, S.returns],
    ['保证收益', 'block', R.returnPromise, S.returns],
    ['确保收益', 'block', R.returnPromise, S.returns],
    ['保证盈利', 'block', R.returnPromise, S.returns],
    ['保收益', 'block', R.returnPromise, S.returns],
    ['保底收益', 'block', R.returnPromise, S.returns],
    ['保息', 'block', R.returnPromise, S.returns],
    ['收益有保障', 'block', R.returnPromise, S.returns],
    ['只涨不跌', 'block', R.returnPromise, S.returns],
    ['年年翻倍', 'block', R.returnPromise, S.returns],
    ['高收益低风险', 'block', R.returnPromise, S.returns],
    ['低风险高收益', 'block', R.returnPromise, S.returns],
    ['一夜暴富', 'block', R.returnPromise, S.returns],
    ['暴富', 'block', R.returnPromise, S.returns],
    ['闭眼买', 'block', R.returnPromise, S.returns],
    ['闭眼入', 'block', R.returnPromise, S.returns],
    ['翻倍', 'warn', R.returnPromise, S.returns],
    ['翻番', 'warn', R.returnPromise, S.returns],
    ['坐等收益', 'warn', R.returnPromise, S.returns],
    ['稳稳的幸福', 'warn', R.returnPromise, S.returns],
    ['财富自由', 'warn', R.returnPromise, S.returns],
    ['预期收益', 'warn', R.expectedReturn, S.returns],
    ['预期收益率', 'warn', R.expectedReturn, S.returns],
  ]),
  ...group('insider_info', [
    ['内幕', 'block', R.insider, S.insider],
    ['内幕消息', 'block', R.insider, S.insider],
    ['内幕信息', 'block', R.insider, S.insider],
    ['内部消息', 'block', R.insider, S.insider],
    ['内部渠道', 'block', R.insider, S.insider],
    ['内部人士', 'block', R.insider, S.insider],
    ['知情人士透露', 'block', R.insider, S.insider],
    ['小道消息', 'block', R.insider, S.insider],
    ['确切消息', 'block', R.insider, S.insider],
    ['提前拿到消息', 'block', R.insider, S.insider],
    ['重组内幕', 'block', R.insider, S.insider],
    ['消息股', 'block', R.insider, S.insider],
    ['独家消息', 'warn', R.insider, S.insider],
    ['据可靠消息', 'warn', R.insider, S.insider],
    ['传闻', 'warn', R.insider, S.insider],
  ]),
  ...group('stock_tip', [
    ['荐股', 'block', R.stockTip, S.stockTip],
    ['推荐股票', 'block', R.stockTip, S.stockTip],
    ['带你炒股', 'block', R.stockTip, S.stockTip],
    ['带单', 'block', R.stockTip, S.stockTip],
    ['喊单', 'block', R.stockTip, S.stockTip],
    ['跟单', 'block', R.stockTip, S.stockTip],
    ['牛股推荐', 'block', R.stockTip, S.stockTip],
    ['金股', 'block', R.stockTip, S.stockTip],
    ['必涨', 'block', R.stockTip, S.stockTip],
    ['必涨股', 'block', R.stockTip, S.stockTip],
    ['涨停板敢死队', 'block', R.stockTip, S.stockTip],
    ['抓涨停', 'block', R.stockTip, S.stockTip],
    ['涨停密码', 'block', R.stockTip, S.stockTip],
    ['明日涨停', 'block', R.stockTip, S.stockTip],
    ['黑马股', 'block', R.stockTip, S.stockTip],
    ['妖股', 'block', R.stockTip, S.stockTip],
    ['十倍股', 'block', R.stockTip, S.stockTip],
    ['跟庄', 'block', R.stockTip, S.stockTip],
    ['庄股', 'block', R.stockTip, S.stockTip],
    ['满仓干', 'block', R.stockTip, S.stockTip],
    ['梭哈', 'block', R.stockTip, S.stockTip],
    ['目标价', 'warn', R.stockTip, S.stockTip],
    ['抄底', 'warn', R.stockTip, S.stockTip],
    ['赶紧上车', 'warn', R.stockTip, S.stockTip],
  ]),
  ...group('fee_wording', [
    ['零佣金', 'block', R.commission, S.commission],
    ['0佣金', 'block', R.commission, S.commission],
    ['最低佣金', 'block', R.commission, S.commission],
    ['佣金最低', 'block', R.commission, S.commission],
    ['全网最低佣金', 'block', R.commission, S.commission],
    ['免佣', 'block', R.commission, S.commission],
    ['万一免五', 'warn', R.commission, S.commission],
    ['免五', 'warn', R.commission, S.commission],
    ['低佣', 'warn', R.commission, S.commission],
    ['佣金返还', 'block', R.improperBenefit, S.benefit],
    ['返佣', 'block', R.improperBenefit, S.benefit],
    ['返现', 'block', R.improperBenefit, S.benefit],
    ['开户送现金', 'block', R.improperBenefit, S.benefit],
    ['开户送红包', 'block', R.improperBenefit, S.benefit],
    ['开户有礼', 'warn', R.improperBenefit, S.benefit],
  ]),
  ...group('exaggeration', [
    ['绝对', 'warn', R.absolute, S.absolute],
    ['100%', 'warn', R.absolute, S.absolute],
    ['百分之百', 'warn', R.absolute, S.absolute],
    ['最佳', 'warn', R.absolute, S.absolute],
    ['最好的', 'warn', R.absolute, S.absolute],
    ['最牛', 'warn', R.absolute, S.absolute],
    ['最强', 'warn', R.absolute, S.absolute],
    ['史上最', 'warn', R.absolute, S.absolute],
    ['顶级', 'warn', R.absolute, S.absolute],
    ['国家级', 'warn', R.absolute, S.absolute],
    ['行业第一', 'warn', R.absolute, S.absolute],
    ['唯一', 'warn', R.absolute, S.absolute],
    ['必胜', 'warn', R.absolute, S.absolute],
    ['暴涨', 'warn', R.absolute, S.absolute],
    ['千载难逢', 'warn', R.absolute, S.absolute],
    ['错过再等十年', 'warn', R.absolute, S.absolute],
    ['最后机会', 'warn', R.absolute, S.absolute],
    ['官方推荐', 'warn', R.absolute, S.absolute],
  ]),
  ...group('other', [
    ['代客理财', 'block', R.discretionary, S.discretionary],
    ['代客操作', 'block', R.discretionary, S.discretionary],
    ['代客炒股', 'block', R.discretionary, S.discretionary],
    ['代操盘', 'block', R.discretionary, S.discretionary],
    ['帮你操作', 'block', R.discretionary, S.discretionary],
    ['账户交给我', 'block', R.discretionary, S.discretionary],
    ['全权委托', 'block', R.discretionary, S.discretionary],
    ['盈利分成', 'block', R.discretionary, S.discretionary],
    ['收益分成', 'block', R.discretionary, S.discretionary],
    ['庄家', 'block', R.manipulation, S.manipulation],
    ['坐庄', 'block', R.manipulation, S.manipulation],
    ['控盘', 'block', R.manipulation, S.manipulation],
    ['拉升股价', 'block', R.manipulation, S.manipulation],
    ['免测评', 'block', R.suitabilityBypass, S.suitability],
    ['不用做风险测评', 'block', R.suitabilityBypass, S.suitability],
    ['测评随便填', 'block', R.suitabilityBypass, S.suitability],
    ['场外配资', 'block', R.leverage, S.discretionary],
    ['配资炒股', 'block', R.leverage, S.discretionary],
    ['借钱炒股', 'block', R.leverage, S.discretionary],
    ['转账到我个人账户', 'block', R.privateChannel, S.discretionary],
  ]),
];

/**
 * Legitimate phrases containing a lexicon term; a term found inside one of them is not reported.
 * Negated wording ("不保证收益", "非保本") is handled by the screener's negation rule instead.
 */
export const DEFAULT_ALLOWED_PHRASES: readonly string[] = [
  '无风险利率',
  '无风险收益率',
  '绝对收益策略',
  '绝对收益',
  '绝对值',
  '打破刚性兑付',
  '唯一性',
];
