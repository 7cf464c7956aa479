import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { lineChart } from '../../src/charts/line-chart.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('lineChart', () => {
  it('draws series told apart by colour and shape', async () => {
    const rows = [
      { year: '2023', value: 217e8, what: '旅游综合收入' }, { year: '2024', value: 220e8, what: '旅游综合收入' },
      { year: '2023', value: 70.9e8, what: '电商交易额' }, { year: '2024', value: 90e8, what: '电商交易额' },
    ];
    const spec = lineChart(rows, { x: 'year', y: 'value', series: 'what', unit: 'yuan', report: bundledReport() });
    const svg = await expectPublishableChart(spec);
    expect(valuesOf(spec)).toHaveLength(4);
    expect(svg).toContain('电商交易额');
    const encoding = (spec as { encoding: Record<string, { field?: string }> }).encoding;
    expect([encoding.color?.field, encoding.shape?.field]).toEqual(['what', 'what']);
  });

  it('refuses a series column that is not there', () => {
    expect(() => lineChart([{ year: '2023', value: 1 }], { x: 'year', y: 'value', series: 'what' })).toThrow(/"what"/);
  });
});
