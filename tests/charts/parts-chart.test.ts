import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { partsChart } from '../../src/charts/parts-chart.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { fig } from '../../src/report/fig.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('partsChart', () => {
  it('stacks the parts and draws the total with its rounding interval', async () => {
    const spec = partsChart([fig('specialty_crops_area_2023'), fig('specialty_crops_new_area_2024')], fig('specialty_crops_area_2024_target'), { report: bundledReport() });
    await expectPublishableChart(spec);
    const rows = valuesOf(spec);
    const first = fig('specialty_crops_area_2023').amount;
    expect(rows[1]?.start).toBe(first);
    expect(rows[1]?.end).toBe(first + fig('specialty_crops_new_area_2024').amount);
    const total = rows.at(-1);
    // "累计28万亩以上" is open above: the low end is drawn, the open high end is null (not drawn), never Infinity in the data
    expect(fig('specialty_crops_area_2024_target').interval.high).toBe(Infinity);
    expect([total?.low, total?.high]).toEqual([fig('specialty_crops_area_2024_target').interval.low, null]);
  });

  it('refuses an empty list of parts', () => {
    expect(() => partsChart([], fig('key_projects_2023'))).toThrow(FactcheckError);
  });
});
