import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind === 'share').map((row) => `${row.surface}|${row.indicator}`);

describe('nameShareBases (through extractClaims)', () => {
  it('names the shares of a sentence that opens with the group they divide after that group, so two groups\' parts are told apart', () => {
    expect(read('缴存职工中，国有企业占21.4%，灵活就业人员占0.9%。新开户职工中，国有企业占9.8%。')).toEqual([
      '21.4%|缴存职工中国有企业占比', '0.9%|缴存职工中灵活就业人员占比', '9.8%|新开户职工中国有企业占比',
    ]);
  });

  it('names a part that is a span of a bound\'s by its clause, and leaves shares of a sentence that opens otherwise', () => {
    expect(read('贷款职工中，30岁（含）以下占36.8%，30岁—40岁（含）占41.5%。')).toEqual(['36.8%|贷款职工中30岁（含）以下占比', '41.5%|贷款职工中30岁—40岁（含）占比']);
    expect(read('其中，国有企业占21.4%。')).toEqual(['21.4%|国有企业占比']);
    // The group holds on in its paragraph, and ends with it.
    expect(read('职工贷款笔数中，144平方米以上占7.9%。购买新房占58.2%。\n购买二手房占41.8%。')).toEqual(['7.9%|职工贷款笔数中144平方米以上占比', '58.2%|职工贷款笔数中购买新房占比', '41.8%|购买二手房占比']);
  });
});
