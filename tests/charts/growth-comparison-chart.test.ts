import { describe, expect, it } from 'vitest';
import { growthComparisonChart } from '../../src/charts/growth-comparison-chart.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('growthComparisonChart', () => {
  it('is valid, compiles silently, renders, and keeps its source line', async () => {
    await expectPublishableChart(growthComparisonChart());
  });

  it('pairs each 2024 growth target with its 2023 rate, in percent', () => {
    const rows = valuesOf(growthComparisonChart({ topic: 'trade_opening' }));
    const trade = rows.find((row) => row.indicator_en === 'growth of total imports and exports');
    expect([trade?.result, trade?.target, trade?.label]).toEqual([5.2, 10, '10%以上']);
  });
});
