import { describe, expect, it } from 'vitest';
import { claim } from '../../src/report/claim.ts';
import { UnknownClaimError } from '../../src/errors/unknown-claim-error.ts';

describe('claim', () => {
  it('returns the typed row', () => {
    expect(claim('imports_exports_growth_2024_target')).toMatchObject({
      surface: '10%以上', qualifier: 'at_least', of: ['imports_exports_2024_target'], base: ['imports_exports_2023'], counterpart: ['imports_exports_growth_2023'],
    });
  });

  it('suggests near ids, closest first', () => {
    try {
      claim('tourism_revenue_2024');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownClaimError);
      expect((error as UnknownClaimError).suggestions[0]).toBe('tourism_revenue_2024_target');
    }
  });

  it('says how to list ids when nothing is near', () => {
    expect(() => claim('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')).toThrow(/List the ids/);
  });
});
