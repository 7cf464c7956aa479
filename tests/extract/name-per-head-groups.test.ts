import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('namePerHeadGroups (through extractClaims)', () => {
  it('names a figure per head with the group its sentence names before it, sentence by sentence', () => {
    expect(read('城镇居民人均工资性收入34128元，增长4.3%；人均经营净收入6215元。农村居民人均工资性收入12862元；人均经营净收入9213元。人均消费支出2万元。')).toEqual([
      '34128元|城镇居民人均工资性收入', '4.3%|城镇居民人均工资性收入增长', '6215元|城镇居民人均经营净收入',
      '12862元|农村居民人均工资性收入', '9213元|农村居民人均经营净收入', '2万元|人均消费支出',
    ]);
  });
});
