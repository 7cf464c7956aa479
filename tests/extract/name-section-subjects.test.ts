import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'code').map((row) => `${row.surface}|${row.indicator}`);

describe('nameSectionSubjects (through extractClaims)', () => {
  it('gives the subject a paragraph\'s heading names to its figures named without it, where the first count counts that subject', () => {
    expect(read('三、义务教育\n（一）小学。全县共有小学52所。招生5,612人，在校生36,745人。\n（二）初中。全县共有初中21所，其中九年一贯制学校6所。招生6,185人。')).toEqual([
      '52所|小学', '5,612人|小学招生', '36,745人|小学在校生', '21所|初中', '6所|九年一贯制学校', '6,185人|初中招生',
    ]);
  });

  it('gives nothing where the heading names a matter, not the things the first count counts', () => {
    expect(read('（三）办学条件。全县小学校舍建筑面积31.25万平方米，生均8.50平方米。\n1.就业创业。新增城镇就业386人。')).toEqual([
      '31.25万平方米|小学校舍建筑面积', '8.50平方米|生均小学校舍建筑面积', '386人|新增城镇就业',
    ]);
  });
});
