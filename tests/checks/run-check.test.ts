import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/checks/run-check.ts';
import { UnknownClaimError } from '../../src/errors/unknown-claim-error.ts';
import { NotAQuantityError } from '../../src/errors/not-a-quantity-error.ts';

describe('runCheck', () => {
  it('resolves ids and derived terms to figures', () => {
    const result = runCheck({
      check: 'revenue_2024', why: 'test', family: 'product_identity',
      factors: [{ grown: 'tourist_arrivals_2023', by: 'tourist_arrivals_growth_2024_target' }, 'tourism_spend_per_visitor_2024_target'],
      total: 'tourism_revenue_2024_target',
    });
    expect(result.claims).toEqual(['tourist_arrivals_2023', 'tourist_arrivals_growth_2024_target', 'tourism_spend_per_visitor_2024_target', 'tourism_revenue_2024_target']);
    expect(result.source).toBe('catalogue');
  });

  it('throws a typed error for an unknown claim id, suggesting the nearest', () => {
    const run = () => runCheck({ check: 'x', why: 'x', family: 'impossible_value', figure: 'gdp_2032' });
    expect(run).toThrow(UnknownClaimError);
    expect(run).toThrow(/gdp_2023/);
    expect(() => runCheck({ check: 'x', why: 'x', family: 'impossible_value', figure: 'code_manufacturing_2332' })).toThrow(NotAQuantityError);
  });
});
