import { describe, expect, it } from 'vitest';
import { targets } from '../../src/views/targets.ts';

describe('targets', () => {
  it('holds only 2024 targets, with an open upper bound for 以上', () => {
    const table = targets();
    expect(new Set(table.array('status'))).toEqual(new Set(['target']));
    const employment = table.filter((d: { id: string }) => d.id === 'new_urban_jobs_2024_target').object() as Record<string, unknown>;
    expect(employment).toMatchObject({ surface: '3000人以上', qualifier: 'at_least', low: 2999.5, high: null, counterpart: 'new_urban_jobs_2023' });
  });
});
