import { describe, expect, it } from 'vitest';
import { scanChineseShares } from '../../src/extract/scan-chinese-shares.ts';

const shares = (text: string) => scanChineseShares(text).map(([start, end]) => text.slice(start, end));

describe('scanChineseShares', () => {
  it('finds tenths in Chinese numerals, with the qualifier before and the bound after', () => {
    expect(shares('八成左右的行政村通了公交，覆盖率达到九成，近三成企业亏损，不足两成的村，六成以上的农户。')).toEqual(['八成左右', '九成', '近三成', '不足两成', '六成以上']);
  });

  it('leaves 成 that starts another word, a run of numerals, and a numeral after a word that picks out', () => {
    expect(shares('一成不变，七成熟，八成新，三成员，九成九，十成，第三成，每两成，建成三个，形成两个。')).toEqual([]);
  });

  it('leaves shares in digits to the number scanner', () => {
    expect(shares('近3成企业亏损。')).toEqual([]);
  });
});
