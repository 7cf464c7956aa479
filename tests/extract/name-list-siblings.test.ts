import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameListSiblings (through extractClaims)', () => {
  it('names prizes won at an event by the event, and the siblings listed after the first by the rest of its name', () => {
    expect(read('在国际比赛中获得金牌3枚、银牌2枚、铜牌4枚；在全国比赛中获得金牌18枚、银牌21枚。')).toEqual([
      '3枚|国际比赛金牌', '2枚|国际比赛银牌', '4枚|国际比赛铜牌', '18枚|全国比赛金牌', '21枚|全国比赛银牌',
    ]);
  });

  it('gives groups listed after the first (…收入组) the measure the first names', () => {
    expect(read('低收入组人均可支配收入10215元，中间偏下收入组16830元，高收入组41972元。')).toEqual([
      '10215元|低收入组人均可支配收入', '16830元|中间偏下收入组人均可支配收入', '41972元|高收入组人均可支配收入',
    ]);
  });

  it('leaves a word that is no sibling in a series (国家级, 省级), a rest too short or ending in a list of its own, and other units', () => {
    expect(read('国家级示范社12家、省级示范社38家。')).toEqual(['12家|国家级示范社', '38家|省级示范社']);
    expect(read('缴存职工中，中、低收入占97.6%，高收入占2.4%。')).toEqual(['97.6%|缴存职工中中、低收入占比', '2.4%|缴存职工中高收入占比']);
    expect(read('获得金牌3枚、银牌2人。')).toEqual(['3枚|获得金牌', '2人|银牌']);
  });
});
