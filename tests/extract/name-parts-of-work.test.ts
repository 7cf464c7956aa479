import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('namePartsOfWork (through extractClaims)', () => {
  it('names a part of a whole of work after its work, and an amount of money by its source as a part of the money', () => {
    expect(read('新改建农村公路186公里，其中通组硬化路94公里。发放衔接补助资金2.86亿元，其中中央资金1.73亿元。')).toEqual([
      '186公里|新改建农村公路', '94公里|新改建通组硬化路', '2.86亿元|发放衔接补助资金', '1.73亿元|衔接补助资金中的中央资金',
    ]);
  });

  it('leaves a part that names a work of its own or the whole\'s subject, and the parts of a whole that names no work', () => {
    expect(read('新建燃气管道200公里，其中更新改造老化燃气管道142.3公里。一般公共预算收入18.6亿元，其中税收收入12.1亿元。')).toEqual([
      '200公里|新建燃气管道', '142.3公里|更新改造老化燃气管道', '18.6亿元|一般公共预算收入', '12.1亿元|税收收入',
    ]);
  });
});
