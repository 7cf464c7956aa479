import { describe, expect, it } from 'vitest';
import { targetVsGrowth } from '../../../src/checks/families/target-vs-growth.ts';
import { fig } from '../../../src/report/fig.ts';

describe('targetVsGrowth on the bundled report', () => {
  it('finds the import-export target inconsistent with its own growth rate', () => {
    // 9200 / 8477 − 1 = 8.529%; rounding: [9199.5/8477.5 − 1, 9200.5/8476.5 − 1] = [8.517%, 8.541%]
    // stated "10%以上" = [9.5%, ∞): no overlap
    const result = targetVsGrowth(fig('imports_exports_2024_target'), fig('imports_exports_growth_2024_target'), fig('imports_exports_2023'));
    expect(result.verdict).toBe('contradiction');
    expect(result.recomputed?.low).toBeCloseTo((9199.5 / 8477.5 - 1) * 100, 9);
    expect(result.recomputed?.high).toBeCloseTo((9200.5 / 8476.5 - 1) * 100, 9);
    expect(result.reported).toEqual({ low: 9.5, high: Infinity });
    // gap: 10 − 8.52896 = 1.47104 pp
    expect(result.gap).toBeCloseTo(1.471, 3);
    expect(result.claims).toEqual(['imports_exports_growth_2024_target', 'imports_exports_2023', 'imports_exports_2024_target']);
    expect(result.explanation_zh).toContain('8.53%');
    expect(result.explanation_en).toContain('at least 10%');
    expect(result.quotes.map((quote) => quote.quote)).toContain(fig('imports_exports_2024_target').quote);
  });

  it('finds the industrial investment target consistent with its growth rate', () => {
    // 22.2 / 20.2 − 1 = 9.90%, inside "10%" = [9.5, 10.5]
    const result = targetVsGrowth(fig('industrial_investment_2024_target'), fig('industrial_investment_growth_2024_target'), fig('industrial_investment_2023'));
    expect(result.verdict).toBe('holds');
    expect(result.gap).toBeCloseTo(10 - (22.2 / 20.2 - 1) * 100, 3);
  });

  it('turns a contradiction into a tension when it rests on one reading of ambiguous text', () => {
    // 5000 / 6403 − 1 = −21.91%, against "12.8%以上"
    const reading = { en: 'growth of new entities', zh: '新增数量的增长' };
    const plain = targetVsGrowth(fig('new_market_entities_2024_target'), fig('new_market_entities_growth_2024_target'), fig('new_market_entities_2023'));
    expect(plain.verdict).toBe('contradiction');
    const read = targetVsGrowth(fig('new_market_entities_2024_target'), fig('new_market_entities_growth_2024_target'), fig('new_market_entities_2023'), { reading });
    expect(read.verdict).toBe('tension');
    expect(read.assumption_en).toContain('growth of new entities');
    expect(read.gap).toBeCloseTo(12.8 - (5000 / 6403 - 1) * 100, 3);
  });
});
