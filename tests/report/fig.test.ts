import { describe, expect, it } from 'vitest';
import { fig } from '../../src/report/fig.ts';
import { NotAQuantityError } from '../../src/errors/not-a-quantity-error.ts';
import { UnknownClaimError } from '../../src/errors/unknown-claim-error.ts';

describe('fig', () => {
  it('gives GDP 2023 in yuan with the interval of its two decimals', () => {
    // 273.46亿元: last written digit is 0.01亿 = 1,000,000 yuan, so ± 500,000 yuan.
    expect(fig('gdp_2023')).toMatchObject({
      number: 273.46, scale: 100000000, unit: 'yuan', amount: 27346000000,
      interval: { low: 27345500000, high: 27346500000 }, qualifier: 'exact', kind: 'level', year: 2023, status: 'actual',
    });
  });

  it('opens the interval above for 以上 and keeps the rounding below', () => {
    // 1100元以上: at least 1099.5 (rounding of the units digit), no upper bound.
    expect(fig('tourism_spend_per_visitor_2024_target').interval).toEqual({ low: 1099.5, high: Infinity });
  });

  it('has the unit its claim gives where the word has two meanings (高铁30分: minutes, not a score)', () => {
    expect(fig('rail_time_to_main_city')).toMatchObject({ number: 30, unit: 'minute', kind: 'duration' });
  });

  it('quotes the sentence that states the figure', () => {
    expect(fig('gdp_growth_2023').quote).toBe('实现地区生产总值273.46亿元、增长5.5%。');
  });

  it('carries the direction of a fall', () => {
    expect(fig('cpi_change_2023')).toMatchObject({ amount: 0.5, direction: 'down' });
  });

  it('refuses codes and suggests the nearest ids for a typo', () => {
    expect(() => fig('code_innovation_310')).toThrow(NotAQuantityError);
    try {
      fig('gpd_2023');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownClaimError);
      expect((error as UnknownClaimError).suggestions).toContain('gdp_2023');
      expect((error as Error).message).toContain('Did you mean "gdp_2023"');
    }
  });
});
