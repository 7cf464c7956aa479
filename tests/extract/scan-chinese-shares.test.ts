import { describe, expect, it } from 'vitest';
import { scanChineseShares } from '../../src/extract/scan-chinese-shares.ts';

const shares = (text: string) => scanChineseShares(text).map(([start, end]) => text.slice(start, end));

describe('scanChineseShares', () => {
  it('finds tenths in Chinese numerals, with the qualifier before and the bound after', () => {
    expect(shares('八成左右的行政村通了公交，覆盖率达到九成，近三成企业亏损，不足两成的村，六成以上的农户。')).toEqual(['八成左右', '九成', '近三成', '不足两成', '六成以上']);
  });

  it('leaves 成 that starts another word, a run of numerals, and a numeral after a word that picks out', () => {
    expect(shares('一成不变，七成熟，八成新，三成员，九成九，十成，第三成，每两成，建成三个，形成两个。')).toEqual([]);
    // 一 that ends a word (统一), and tenths and more (三成多), which the parser does not read.
    expect(shares('全县统一成网运营，客流量增长三成多。')).toEqual([]);
  });

  it('finds fractions of a whole of two to ten, with their qualifier and bound, but not 百分之 nor a whole of more than ten', () => {
    expect(shares('约三分之一的企业，四分之三以上的村，占全县的三分之二左右，十分之一。百分之二十，二十分之一，三分之四。')).toEqual(['约三分之一', '四分之三以上', '三分之二左右', '十分之一']);
  });

  it('finds halves, with their qualifier and bound, but not another half', () => {
    expect(shares('一半以上的村卫生室，压缩至法定时限的一半以内，超过一半，另一半资金。')).toEqual(['一半以上', '一半以内', '超过一半']);
    // 一 that ends a word (唯一), and 半 that starts one (半导体).
    expect(shares('全省唯一半导体产业园，一半导体企业。')).toEqual([]);
  });

  it('leaves shares in digits to the number scanner', () => {
    expect(shares('近3成企业亏损。')).toEqual([]);
  });
});
