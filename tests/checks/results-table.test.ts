import { describe, expect, it } from 'vitest';
import { resultsTable, RESULT_COLUMNS } from '../../src/checks/results-table.ts';
import { runChecks } from '../../src/checks/run-checks.ts';

describe('resultsTable', () => {
  const findings = resultsTable(runChecks());
  it('returns an Arquero table with the findings columns, most newsworthy first', () => {
    expect(findings.columnNames()).toEqual([...RESULT_COLUMNS]);
    const scores = findings.array('newsworthiness') as number[];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps open ends as ±Infinity in the table, and nulls where nothing was recomputed', () => {
    const row = findings.objects().find((each) => (each as { check: string }).check === 'imports_exports_target_2024') as Record<string, unknown>;
    expect(row.reported_low).toBe(9.5);
    expect(row.reported_high).toBe(Infinity);
    const caveat = findings.objects().find((each) => (each as { check: string }).check === 'back_calculated_base:gdp_2023') as Record<string, unknown>;
    expect(caveat.recomputed_low).toBeNull();
  });

  it('keeps the results given, in their order', () => {
    const results = runChecks(undefined, { verdict: 'contradiction' });
    expect(resultsTable(results).array('check')).toEqual(results.map((result) => result.check));
    expect(resultsTable([...results].reverse()).array('check')).toEqual(results.map((result) => result.check).reverse());
  });
});
