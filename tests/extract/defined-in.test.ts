import { describe, expect, it } from 'vitest';
import { definedIn } from '../../src/extract/defined-in.ts';

/** Whether the figure written `figure` in `sentence` (its first occurrence) defines. */
const defines = (sentence: string, figure: string): boolean => {
  const from = sentence.indexOf(figure);
  return definedIn(sentence, from, from + figure.length);
};

describe('definedIn', () => {
  it('reads figures after 是指, inside a rule of counting and beside a sign of equal measure as defining', () => {
    expect(defines('经常参加体育锻炼人数是指每周参加体育锻炼频度3次及以上', '3次及以上')).toBe(true);
    expect(defines('游客人次按游客到访本市并停留6小时以上、距常住地10公里以上统计', '6小时以上')).toBe(true);
    expect(defines('游客人次按游客到访本市并停留6小时以上、距常住地10公里以上统计', '10公里以上')).toBe(true);
    expect(defines('薯类产量按5公斤鲜薯折1公斤粮食计算', '5公斤')).toBe(true);
    expect(defines('1亩≈666.7平方米，1公斤=2斤', '666.7平方米')).toBe(true);
    expect(defines('1亩≈666.7平方米，1公斤=2斤', '1公斤')).toBe(true);
    expect(defines('[5]总抚养比是指非劳动年龄人口数与劳动年龄人口数之比，计算抚养比时劳动年龄人口按15—64岁计算', '15—64岁')).toBe(true);
  });

  it('leaves figures that report: before 是指, and after 按 where a clause mark or no rule of counting follows', () => {
    expect(defines('2025年城镇化率达到65%，城镇化率是指城镇人口占总人口的比重', '65%')).toBe(false);
    expect(defines('按可比价格计算，增长6.5%', '6.5%')).toBe(false);
    expect(defines('按时完成项目12个', '12个')).toBe(false);
    expect(defines('常住人口按68.5万人计算', '68.5万人')).toBe(false);
    // A definition before a reported figure in its sentence, 是指 inside 是指导, and a rule of counting ended before the figure.
    expect(defines('城镇化率是指城镇人口占总人口的比重，全市城镇化率达到65.2%', '65.2%')).toBe(false);
    expect(defines('这是指导全市工作的纲领性文件，全年地区生产总值增长5.2%', '5.2%')).toBe(false);
    expect(defines('全年地区生产总值按可比价格计算增长5.2%、按现价计算增长6.1%', '5.2%')).toBe(false);
  });

  it('reads every figure of a worked example (例如…则…) as defining', () => {
    const example = '例如：有2个全时人员和3个非全时人员（工作时间分别为20%、30%和70%），则全时当量为2+0.2+0.3+0.7=3.2人年';
    expect(defines(example, '3个')).toBe(true);
    expect(defines(example, '30%')).toBe(true);
    expect(defines(example, '3.2人年')).toBe(true);
    // 例如 without a hypothetical 则 gives an example of what was done: it reports.
    expect(defines('例如，全区新建5G基站320个', '320个')).toBe(false);
    // The base of an index or a ratio is defined too.
    expect(defines('居民消费价格指数以上年同期价格为100计算', '100')).toBe(true);
    expect(defines('城乡居民收入比以农村居民人均可支配收入为1', '1')).toBe(true);
    expect(defines('全市地区生产总值为1234.5亿元', '1234.5亿元')).toBe(false);
    expect(defines('婴儿死亡率和5岁以下儿童死亡率分别为2.31‰和3.05‰', '2.31‰')).toBe(false);
  });
});
