import { describe, expect, it } from 'vitest';
import { actuals } from '../../src/views/actuals.ts';

describe('actuals', () => {
  it('holds the 2023 results and estimates, without dates, codes or thresholds', () => {
    const table = actuals();
    expect(new Set(table.array('status'))).toEqual(new Set(['actual', 'estimate']));
    expect(new Set(table.array('year'))).toEqual(new Set([2023]));
    expect(table.array('kind')).not.toContain('date');
    expect(table.array('kind')).not.toContain('threshold');
    expect(table.numRows()).toBe(159);
  });
  it('gives tourism revenue with its amount and interval in yuan', () => {
    expect(actuals().filter((d: { id: string }) => d.id === 'tourism_revenue_2023').object()).toMatchObject({
      surface: '217亿元', number: 217, amount: 21700000000, low: 21650000000, high: 21750000000, unit: 'yuan',
    });
  });
});
