import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameSentenceTopics (through extractClaims)', () => {
  it('names what a sentence gives with no subject after the subject of what was done before it, and the figures after after it too', () => {
    expect(read('全县民宿全年接待游客96.3万人次，实现营业收入3.2亿元，户均收入约66万元。乡村旅游全年接待游客512.4万人次，实现收入21.6亿元。')).toEqual([
      '96.3万人次|民宿接待游客', '3.2亿元|民宿营业收入', '约66万元|民宿户均收入', '512.4万人次|乡村旅游接待游客', '21.6亿元|乡村旅游收入',
    ]);
  });

  it('names what things given drew or reached after the things (发放文旅消费券…拉动消费…杠杆率)', () => {
    expect(read('发放文旅消费券600万元，拉动消费约4200万元，杠杆率达到1∶7。发放耕地地力保护补贴5320万元，惠及农户6.8万户。')).toEqual([
      '600万元|发放文旅消费券', '约4200万元|文旅消费券拉动消费', '1∶7|文旅消费券杠杆率', '5320万元|发放耕地地力保护补贴', '6.8万户|耕地地力保护补贴惠及农户',
    ]);
  });

  it('names who benefit and what was put in after a programme that covers things, written before the name of the figure before', () => {
    expect(read('营养改善计划覆盖5个县263所学校，受益学生9.47万人，全年投入资金9470万元。').slice(2)).toEqual(['9.47万人|营养改善计划受益学生', '9470万元|营养改善计划投入资金']);
  });

  it('names nothing after a list, in the figure\'s own clause, under 其中 or a whole area, or in another sentence', () => {
    expect(read('发放创业担保贷款、稳岗返还资金1.2亿元，惠及企业860家。').at(-1)).toBe('860家|惠及企业');
    expect(read('乡村旅游接待游客500万人次，全县旅游收入达到50亿元。').at(-1)).toBe('50亿元|旅游收入');
    expect(read('民宿接待游客96.3万人次、户均收入66万元。').at(-1)).toBe('66万元|户均收入');
    expect(read('民宿接待游客96.3万人次，其中门票收入3.2亿元。').at(-1)).toBe('3.2亿元|门票收入');
    expect(read('民宿接待游客96.3万人次。户均收入66万元。').at(-1)).toBe('66万元|户均收入');
  });

  it('gives who took part the class of a training counted right before them after 、', () => {
    const rows = (extractClaims('举办委员培训班3期、参训420人次。').objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);
    expect(rows).toEqual(['3期|举办委员培训班', '420人次|委员培训班参训']);
  });
});
