import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { barChart } from '../../src/charts/bar-chart.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { actuals } from '../../src/views/actuals.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('barChart', () => {
  it('draws any claims view with 万/亿 on the axis', async () => {
    const view = actuals().filter((d: { unit: string; amount: number }) => d.unit === 'yuan' && d.amount > 5e9);
    const spec = barChart(view, { label: 'indicator', value: 'amount', unit: 'yuan', report: bundledReport() });
    const svg = await expectPublishableChart(spec);
    expect(valuesOf(spec)).toHaveLength(view.numRows());
    expect(svg).toMatch(/\d+亿元/);
  });

  it('names every bad value at once instead of dropping rows', () => {
    const rows = aq.table({ name: ['a', 'b', 'c', 'd'], value: [1, Number.NaN, null, Infinity] });
    let message = '';
    try { barChart(rows, { label: 'name', value: 'value' }); } catch (error) { message = (error as Error).message; expect(error).toBeInstanceOf(FactcheckError); }
    expect(message).toContain('3 value(s)');
    expect(message).toContain('row 1: "value" is NaN');
    expect(message).toContain('row 2: "value" is missing');
    expect(message).toContain('row 3: "value" is Infinity');
  });

  it('names a missing column and the columns there are', () => {
    expect(() => barChart([{ name: 'a', amount: 1 }], { label: 'name', value: 'value' })).toThrow(/needs the column\(s\) "value".*"name", "amount"/);
    expect(() => barChart([], { label: 'name', value: 'value' })).toThrow(/no rows to draw/);
  });

  it('cites no report it did not draw: a table of your own gets no source line unless you name one', () => {
    const spec = barChart([{ name: 'a', value: 1 }], { label: 'name', value: 'value' });
    expect((spec as { title: { subtitle: string[] } }).title.subtitle).toEqual(['value by name']);
    expect(JSON.stringify(spec)).not.toContain('来源');
  });
});
