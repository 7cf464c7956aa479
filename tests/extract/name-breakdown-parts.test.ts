import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('nameBreakdownParts (through extractClaims)', () => {
  it('gives the parts of a breakdown the measure of their whole (医疗卫生机构床位 → 医院床位), and a share after a bracket of parts the part before it', () => {
    expect(read('全区医疗卫生机构床位5,126张，比上年增加186张。其中：医院4,468张，占87.2%；基层医疗卫生机构582张。')).toEqual([
      '5,126张|医疗卫生机构床位', '186张|医疗卫生机构床位增加', '4,468张|医院床位', '87.2%|医院床位占比', '582张|基层医疗卫生机构床位',
    ]);
    expect(read('全区医疗卫生机构总诊疗人次612.4万人次。其中：医院398.6万人次（公立医院312.5万人次，民营医院86.1万人次），占65.1%；其他医疗卫生机构8.5万人次。')).toEqual([
      '612.4万人次|医疗卫生机构总诊疗人次', '398.6万人次|医院诊疗人次', '312.5万人次|公立医院诊疗人次', '86.1万人次|民营医院诊疗人次',
      '65.1%|医院诊疗人次占比', '8.5万人次|其他医疗卫生机构诊疗人次',
    ]);
  });

  it('leaves parts that share no subject with the whole, and a whole that is only a total', () => {
    expect(read('一般公共预算收入18.36亿元。其中，税收收入13.25亿元。')).toEqual(['18.36亿元|一般公共预算收入', '13.25亿元|税收收入']);
    expect(read('全区医疗卫生机构总数412个。其中：医院23个，基层医疗卫生机构378个。')).toEqual(['412个|医疗卫生机构总数', '23个|医院', '378个|基层医疗卫生机构']);
  });
});
