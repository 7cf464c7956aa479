import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameAmongThings (through extractClaims)', () => {
  it('names a figure after a count of things 中 as of a part of them, and the share after it so', () => {
    expect(read('38个省控断面中，Ⅰ～Ⅲ类水质断面35个，占92.1%。')).toEqual([
      '38个|省控断面', '35个|省控断面中的Ⅰ～Ⅲ类水质断面', '92.1%|省控断面中的Ⅰ～Ⅲ类水质断面占比',
    ]);
  });

  it('names the counts after a group a part of a sentence opens with 中 as parts of that group, up to the part\'s end', () => {
    expect(read('职工医保参保人员中，在职职工98.45万人，退休人员38.37万人；居民医保参保人员中，成年人257.18万人。全市常住人口186万人。')).toEqual([
      '98.45万人|职工医保参保人员中的在职职工', '38.37万人|职工医保参保人员中的退休人员', '257.18万人|居民医保参保人员中的成年人', '186万人|常住人口',
    ]);
    expect(read('在产业活动单位中，第二产业2.03万个；个体经营户26.83万个。')).toEqual(['2.03万个|产业活动单位中的第二产业', '26.83万个|个体经营户']);
    // Proposals by class, and the share after each class's count.
    expect(read('立案提案中，经济建设类68件、占32.1%，社会事业类74件、占34.9%。')).toEqual([
      '68件|立案提案中的经济建设类', '32.1%|立案提案中的经济建设类占比', '74件|立案提案中的社会事业类', '34.9%|立案提案中的社会事业类占比',
    ]);
    // Counts of proposals only: a count in other units is no class of them.
    expect(read('立案提案中，经济建设类68件，召开办理协商会45次。')).toEqual(['68件|立案提案中的经济建设类', '45次|召开办理协商会']);
    // Not after the time of what was done (在推进乡村振兴工作中，, 在走访企业中，), nor for a figure of other units than the group's (money of people).
    expect(read('在推进乡村振兴工作中，新建村道42公里。在走访企业中，收集问题36个。')).toEqual(['42公里|新建村道', '36个|收集问题']);
    expect(read('职工医保参保人员中，在职职工98.45万人，全年统筹基金收入52.6亿元。')).toEqual(['98.45万人|职工医保参保人员中的在职职工', '52.6亿元|统筹基金收入']);
  });

  it('leaves a figure that says what was done to them, or names nothing of its own', () => {
    expect(read('182个问题中，已整改到位168个。')).toEqual(['182个|问题', '168个|问题已整改到位']);
  });
});
