import { describe, expect, it } from 'vitest';
import { targetVsActualChart } from '../../src/charts/target-vs-actual-chart.ts';
import { growthComparisonChart } from '../../src/charts/growth-comparison-chart.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('targetVsActualChart', () => {
  it('is valid, compiles silently, renders, and keeps its source line', async () => {
    const svg = await expectPublishableChart(targetVsActualChart());
    expect(svg).toContain('旅游综合收入');
  });

  it('draws each target as an index of its 2023 result, labelled with the change', () => {
    const rows = valuesOf(targetVsActualChart({ topic: 'tourism' }));
    const revenue = rows.find((row) => row.indicator === '旅游综合收入');
    // 220亿 / 217亿 = 1.01382 → index 101.38, label +1.4%
    expect(revenue?.target).toBeCloseTo((220 / 217) * 100, 10);
    expect(revenue?.result).toBe(100);
    expect(revenue?.label).toBe('+1.4%');
    // 1100元以上 after 1003元: a floor, so "≥"; 1100 / 1003 = +9.67%
    expect(rows.find((row) => row.indicator === '旅游人均消费')?.label).toBe('≥+9.7%');
  });

  it('keeps the largest changes under a limit, and says plainly when nothing matches', () => {
    expect(valuesOf(targetVsActualChart({ limit: 3 }))).toHaveLength(3);
    expect(() => targetVsActualChart({ topic: 'public_finance' })).toThrow(FactcheckError);
    expect(() => targetVsActualChart({ topic: 'public_finance' })).toThrow(/no targets with a counterpart .* in the topics chosen \(public_finance\) to draw\. Widen the topic filter/);
  });

  it('titles, axes and series name the report\'s own years, or none where it has none', () => {
    const text = (report: ReturnType<typeof bundledReport>) => JSON.stringify([targetVsActualChart({ report }), growthComparisonChart({ report })]);
    const other = text({ ...bundledReport(), years: { review: 2030, plan: 2031, from: 'manifest' } });
    expect(other).toContain('2031年目标与2030年实绩');
    expect(other).toContain('2030 result = 100');
    expect(other).toContain('2031年目标 2031 target');
    expect(other).not.toMatch(/(2023|2024)(年| results?| targets?| = )/); // the source line keeps the date the report was given
    const unknown = text({ ...bundledReport(), years: { review: null, plan: null, from: 'none' } });
    expect(unknown).toContain('"目标与实绩"');
    expect(unknown).not.toMatch(/null(年| )|(2023|2024)(年| results?| targets?| = )/);
  });
});
