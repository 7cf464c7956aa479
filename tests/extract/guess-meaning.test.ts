import { describe, expect, it } from 'vitest';
import { guessIndicator, guessKind } from '../../src/extract/guess-meaning.ts';

describe('guessKind', () => {
  it('reads a gap in points below what is compared with (低于全省平均水平0.2个百分点) as a change down, and one above as up', () => {
    expect(guessKind('quantity', 'pp', 'exact', '0.2个百分点', '低于全省平均水平', '。')).toEqual({ kind: 'pp_change', direction: 'down' });
    expect(guessKind('quantity', 'pp', 'exact', '1.2个百分点', '高于全省', '。')).toEqual({ kind: 'pp_change', direction: 'up' });
    expect(guessKind('quantity', 'pp', 'exact', '0.5个百分点', '比上年下降', '。')).toEqual({ kind: 'pp_change', direction: 'down' });
    expect(guessKind('quantity', 'pp', 'exact', '7.6个百分点', '低于省定警戒线（70%）', '。')).toEqual({ kind: 'pp_change', direction: 'down' });
    // The line, written in brackets after its name, is a threshold.
    expect(guessKind('quantity', 'percent', 'exact', '70%', '低于省定警戒线（', '）7.6个百分点').kind).toBe('threshold');
    expect(guessKind('quantity', 'ug_m3', 'exact', '35微克/立方米', '连续三年达到二级标准（', '）。').kind).toBe('threshold');
  });

  it('reads an age with a bound before what it defines as a threshold, and one after a verb of reaching as the level reached', () => {
    expect(guessKind('quantity', 'age', 'at_least', '65岁以上', '全县', '老年人免费体检').kind).toBe('threshold');
    expect(guessKind('quantity', 'age', 'at_least', '80岁以上', '人均预期寿命达到', '。').kind).toBe('level');
  });

  it('reads a stock restated as the scope of what is said of all of it as a threshold, and a count with an average after it as a count', () => {
    expect(guessKind('quantity', 'institution', 'exact', '21个', '覆盖全部', '乡镇卫生院').kind).toBe('threshold');
    expect(guessKind('quantity', 'structure', 'exact', '43座', '全县', '水库均已完成除险加固').kind).toBe('threshold');
    expect(guessKind('quantity', 'item', 'exact', '12个', '实现', '村（社区）全覆盖').kind).toBe('threshold');
    expect(guessKind('quantity', 'item', 'exact', '14个', '全市', '市场监管所平均执法人员不到6人').kind).toBe('count');
  });

  it('reads an amount after a word of comparison before what it defines (低于1万元的脱贫户) as a threshold', () => {
    expect(guessKind('quantity', 'yuan', 'exact', '1万元', '加强对年人均纯收入低于', '的脱贫户的帮扶').kind).toBe('threshold');
    expect(guessKind('quantity', 'yuan', 'exact', '1万元', '年人均纯收入达到', '的水平').kind).toBe('level');
  });

  it('reads the places a rank is held among (全市11个县（市、区）第3位) as a threshold, and a count in an area with no rank after as a count', () => {
    expect(guessKind('quantity', 'item', 'exact', '11个', '增速居全市', '县（市、区）第3位').kind).toBe('threshold');
    expect(guessKind('quantity', 'item', 'exact', '16个', '在全省', '设区市中排名第4位').kind).toBe('threshold');
    expect(guessKind('quantity', 'item', 'exact', '62个', '全市', '派出所中有14个').kind).toBe('count');
  });

  it('reads a percentage after 不足 or 不到 before what it defines as a threshold, and one before a goal or nothing as a rate', () => {
    expect(guessKind('quantity', 'percent', 'at_most', '不足3%', '贫困发生率', '的村有5个').kind).toBe('threshold');
    expect(guessKind('quantity', 'percent', 'at_most', '不到30%', '入住率', '的养老机构').kind).toBe('threshold');
    expect(guessKind('quantity', 'percent', 'at_most', '不足75%', '灌溉保证率', '。').kind).toBe('rate');
  });
});

describe('guessIndicator', () => {
  it('drops an item\'s number in brackets and 计划完成 before a name, names nothing by a sign of arithmetic, and keeps a class by tonnage', () => {
    expect(guessIndicator('（一）力争县属国有企业营业总收入达到')).toBe('县属国有企业营业总收入');
    expect(guessIndicator('计划完成交通运输固定资产投资')).toBe('交通运输固定资产投资');
    expect(guessIndicator('则全时当量为2+')).toBe('');
    expect(guessIndicator('其中500吨级及以上泊位')).toBe('500吨级及以上泊位');
    // An aside in brackets with figures inside a name is dropped from it; one that ends the clause is not inside a name.
    expect(guessIndicator('汛期（5—9月）降水量')).toBe('汛期降水量');
    expect(guessIndicator('大班额（56人以上）比例')).toBe('大班额比例');
    // A long name is cut to its last characters, not counting what brackets hold, and never inside a word.
    expect(guessIndicator('每万名就业人员中研究与试验发展（R&D）人员全时当量为')).toBe('每万名就业人员中研究与试验发展（R&D）人员全时当量');
    expect(guessIndicator('研究与试验发展（R&D）经费投入强度超过全市规模以上工业平均水平的行业大类有')).toBe('经费投入强度超过全市规模以上工业平均水平的行业大类');
  });

  it('keeps 为 before those a thing is done for, and drops it as a verb before the figure', () => {
    expect(guessIndicator('为企业争取各级奖补资金')).toBe('为企业争取各级奖补资金');
    expect(guessIndicator('为计划生育特殊家庭成员发放扶助金')).toBe('为计划生育特殊家庭成员发放扶助金');
    expect(guessIndicator('全年实现增加值为')).toBe('增加值');
  });

  it('drops 已 before what was done and 发生 before what happened inside a name, but not 发生率 or 未发生, and the (已)有 after a 的 phrase', () => {
    expect(guessIndicator('港口已建成岸电设施')).toBe('港口建成岸电设施');
    expect(guessIndicator('交通运输行业发生一般及以上等级生产安全事故')).toBe('交通运输行业一般及以上等级生产安全事故');
    expect(guessIndicator('传染病发生率')).toBe('传染病发生率');
    expect(guessIndicator('农作物病虫害发生面积')).toBe('农作物病虫害发生面积');
    expect(guessIndicator('发生面积')).toBe('发生面积');
    // 折合 (converted into) is framing too, but not before a currency or standard coal, which name what is converted.
    expect(guessIndicator('折合降水总量')).toBe('降水总量');
    expect(guessIndicator('折合人民币')).toBe('折合人民币');
    expect(guessIndicator('全年未发生一次死亡')).toContain('未发生');
    expect(guessIndicator('增速超过全市平均水平的区（县）有')).toBe('增速超过全市平均水平的区（县）');
    expect(guessIndicator('评为省级示范的村已有')).toBe('评为省级示范的村');
  });

  it('drops 有 and 仍有 before the things counted, but not the words that open with 有 (有机, 有效)', () => {
    expect(guessIndicator('年末全县有普通高中')).toBe('普通高中');
    expect(guessIndicator('仍有')).toBe('');
    expect(guessIndicator('有效发明专利')).toBe('有效发明专利');
    expect(guessIndicator('有机农产品认证')).toBe('有机农产品认证');
    expect(guessIndicator('建成有轨电车线路')).toBe('有轨电车线路');
    // 有 opening a phrase that a 的 ends (有进出口实绩的企业) defines the things: part of the name.
    expect(guessIndicator('全县有进出口实绩的企业达到')).toBe('有进出口实绩的企业');
    // 累计拥有 and 设立 before the things, and 仍 after a share, are no part of it.
    expect(guessIndicator('全市累计拥有驰名商标')).toBe('驰名商标');
    expect(guessIndicator('全市共设立各级林长')).toBe('各级林长');
    expect(guessIndicator('C类建议占比仍达')).toBe('C类建议占比');
  });

  it('drops the time words of a plan\'s end (到“十五五”末)', () => {
    expect(guessIndicator('到“十五五”末森林覆盖率达到')).toBe('森林覆盖率');
  });
});
