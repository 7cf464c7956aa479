import { escape } from 'arquero';
import { describe, expect, it } from 'vitest';
import { targetVsActual } from '../../src/views/target-vs-actual.ts';

const row = (id: string) => targetVsActual().filter(escape((d: { target_id: string }) => d.target_id === id)).object() as Record<string, unknown>;

describe('targetVsActual', () => {
  it('pairs each target with its 2023 counterpart', () => {
    const table = targetVsActual();
    expect(table.numRows()).toBe(56);
    expect(row('imports_exports_2024_target')).toMatchObject({ actual_id: 'imports_exports_2023', actual_amount: 84770000, target_amount: 92000000 });
  });
  it('gives level changes in percent: 9200万 against 8477万 is +8.529%', () => {
    // (9200 / 8477 − 1) × 100 = 8.52896...
    expect(row('imports_exports_2024_target').change_pct).toBeCloseTo(8.52896, 4);
    expect(row('imports_exports_2024_target').change_pp).toBeNull();
  });
  it('gives rate changes in percentage points, counting a fall as negative', () => {
    // CPI: 2023 fell 0.5%, 2024 target rise within 3%: 3 − (−0.5) = 3.5 points.
    expect(row('cpi_change_2024_target').change_pp).toBeCloseTo(3.5, 10);
    expect(row('cpi_change_2024_target').change_pct).toBeNull();
  });
});
