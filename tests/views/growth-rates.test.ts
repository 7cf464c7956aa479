import { describe, expect, it } from 'vitest';
import { growthRates } from '../../src/views/growth-rates.ts';

describe('growthRates', () => {
  it('lists every growth rate with direction and basis', () => {
    const table = growthRates();
    expect(table.numRows()).toBe(64);
    expect(table.filter((d: { direction: string }) => d.direction === 'down').array('id')).toEqual(['cpi_change_2023', 'service_time_limit_cut_2023']);
    expect(table.filter((d: { basis: string }) => d.basis === 'real').numRows()).toBe(15);
  });
});
