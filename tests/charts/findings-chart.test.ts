import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { findingsChart } from '../../src/charts/findings-chart.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { resultsTable } from '../../src/checks/results-table.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { expectPublishableChart, valuesOf } from '../support/vega-lite.ts';

describe('findingsChart', () => {
  it('counts the results by verdict and severity, from results or from the findings table alike', async () => {
    const results = runChecks();
    const spec = findingsChart(results, { report: bundledReport() });
    await expectPublishableChart(spec);
    const counted = valuesOf(spec).reduce((sum, row) => sum + Number(row.count), 0);
    expect(counted).toBe(results.length);
    const contradictions = results.filter((result) => result.verdict === 'contradiction').length;
    expect(valuesOf(spec).filter((row) => row.verdict === 'contradiction').reduce((sum, row) => sum + Number(row.count), 0)).toBe(contradictions);
    expect(valuesOf(findingsChart(resultsTable(runChecks()), { report: bundledReport() }))).toEqual(valuesOf(spec));
  });

  it('refuses no results', () => {
    expect(() => findingsChart([])).toThrow(FactcheckError);
    expect(() => findingsChart([])).toThrow(/no rows to draw/);
  });
});
