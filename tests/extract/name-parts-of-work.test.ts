import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('namePartsOfWork (through extractClaims)', () => {
  it('names a part of a whole of work after its work, and an amount of money by its source as a part of the money', () => {
    expect(read('新改建农村公路186公里，其中通组硬化路94公里。发放衔接补助资金2.86亿元，其中中央资金1.73亿元。')).toEqual([
      '186公里|新改建农村公路', '94公里|新改建通组硬化路', '2.86亿元|发放衔接补助资金', '1.73亿元|衔接补助资金中的中央资金',
    ]);
  });

  it('names the parts of a sum of money with no verb of work: a source as of the money, a thing the money went to with its measure, and the parts listed after the first', () => {
    expect(read('争取衔接推进乡村振兴补助资金3.87亿元，其中中央资金2.24亿元、省级资金0.96亿元。公路完成投资238.5亿元，其中高速公路112.6亿元、普通国省道54.3亿元。')).toEqual([
      '3.87亿元|衔接推进乡村振兴补助资金', '2.24亿元|衔接推进乡村振兴补助资金中的中央资金', '0.96亿元|衔接推进乡村振兴补助资金中的省级资金',
      '238.5亿元|公路完成投资', '112.6亿元|高速公路完成投资', '54.3亿元|普通国省道完成投资',
    ]);
    // Sources joined (中央和省级资金) are a source; a figure after ；is no part of the whole, whatever link was guessed.
    expect(read('实施卫生健康项目12个，总投资4.3亿元，其中中央和省级资金2.1亿元；力争争取上级资金3亿元以上。新建改建农村公路23.6公里，其中入户便道8.2公里。')).toEqual([
      '12个|卫生健康项目', '4.3亿元|卫生健康项目总投资', '2.1亿元|卫生健康项目总投资中的中央和省级资金', '3亿元以上|上级资金',
      '23.6公里|新建改建农村公路', '8.2公里|新建改建入户便道',
    ]);
    // The parts listed after a source are sources too (地方配套, 社会资本), not things invested in.
    expect(read('全年水利完成投资12.6亿元，其中中央资金5.2亿元、地方配套4.1亿元、社会资本3.3亿元。')).toEqual([
      '12.6亿元|水利完成投资', '5.2亿元|水利完成投资中的中央资金', '4.1亿元|水利完成投资中的地方配套', '3.3亿元|水利完成投资中的社会资本',
    ]);
    // A part named as money of its own keeps its name; one that names the whole's money already is not named twice.
    expect(read('固定资产投资186亿元，其中工业投资62亿元。发放资助资金17236万元，其中国家助学金9842万元、地方政府资助资金2310万元。')).toEqual([
      '186亿元|固定资产投资', '62亿元|工业投资', '17236万元|发放资助资金', '9842万元|资助资金中的国家助学金', '2310万元|地方政府资助资金',
    ]);
  });

  it('leaves a part that names a work of its own or the whole\'s subject, and the parts of a whole that names no work', () => {
    expect(read('新建燃气管道200公里，其中更新改造老化燃气管道142.3公里。一般公共预算收入18.6亿元，其中税收收入12.1亿元。')).toEqual([
      '200公里|新建燃气管道', '142.3公里|更新改造老化燃气管道', '18.6亿元|一般公共预算收入', '12.1亿元|税收收入',
    ]);
  });
});
