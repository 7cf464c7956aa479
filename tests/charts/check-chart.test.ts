import { describe, expect, it } from 'vitest';
import { checkChart } from '../../src/charts/check-chart.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

const catalogue = bundledReport().catalogue;
import { runCheck } from '../../src/checks/run-check.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { fig } from '../../src/report/fig.ts';
import { backCalculatedBase } from '../../src/checks/families/back-calculated-base.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

const named = (check: string) => runCheck(catalogue.find((spec) => spec.check === check) ?? catalogue[0]!);

describe('checkChart', () => {
  it('draws the 2023 tourism identity with both rounding intervals', async () => {
    const spec = checkChart(named('tourism_revenue_identity_2023'), { report: bundledReport() });
    const svg = await expectPublishableChart(spec);
    const [recomputed, reported] = valuesOf(spec);
    // 4493.5万 × 1002.5 to 4494.5万 × 1003.5; 216.5亿 to 217.5亿
    expect([recomputed?.low, recomputed?.high]).toEqual([44935000 * 1002.5, 44945000 * 1003.5]);
    expect([reported?.low, reported?.high]).toEqual([21650000000, 21750000000]);
    // the reported side is labelled as the report writes it; the bar and the tooltip give what that allows
    expect(reported?.label).toBe('217亿元');
    expect(reported?.range_zh).toBe('216.5亿元至217.5亿元');
    expect(svg).toContain('>217亿元<');
    // the title is in words: no check id
    expect(JSON.stringify(spec.title)).not.toMatch(/[a-z]+_[a-z_]+/);
    // the axis writes 亿, not thousands groups
    expect(svg).toMatch(/\d+亿元/);
    const visible = svg.replace(/aria-label="[^"]*"/g, '');
    expect(visible).not.toMatch(/2[0-9],[0-9]{3},[0-9]{3},[0-9]{3}/);
  });

  it('draws an open end past the finite values and marks it open', async () => {
    const spec = checkChart(named('tourism_revenue_growth_2024'), { report: bundledReport() });
    await expectPublishableChart(spec);
    const recomputed = valuesOf(spec)[0];
    // at least 19.98%: the bar runs past every finite value and carries the open flag
    expect(recomputed?.open_high).toBe(true);
    expect(recomputed?.range_zh).toMatch(/以上$/);
    expect(Number(recomputed?.high)).toBeGreaterThan(Number(recomputed?.low));
  });

  it('refuses a result without intervals, naming the check', () => {
    const refused = backCalculatedBase(fig('gdp_growth_2023'), fig('gdp_2023'));
    expect(() => checkChart(refused)).toThrow(FactcheckError);
    expect(() => checkChart(refused)).toThrow(/back_calculated_base:.*not_comparable/);
  });
});
