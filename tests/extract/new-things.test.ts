import { describe, expect, it } from 'vitest';
import { NEW_THINGS } from '../../src/extract/new-things.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const opening = new RegExp(`^(?:${NEW_THINGS})+`);

describe('NEW_THINGS', () => {
  it('reads the words that open the name of things newly got or made, as long as they are written', () => {
    expect(['新增高新技术企业', '培育引进规上数字企业', '新设立基层立法联系点', '新登记经营主体', '高新技术企业'].map((name) => opening.exec(name)?.[0] ?? '')).toEqual([
      '新增', '培育引进', '新设立', '新登记', '',
    ]);
  });

  it('names a running total of new things without them', () => {
    const rows = extractClaims('新设立基层立法联系点4个，总数达到22个。新增企业1200家，累计达到8600家。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => row.indicator)).toEqual(['新设立基层立法联系点', '基层立法联系点总数', '新增企业', '企业累计']);
  });
});
