import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { datasetSummary } from '../../src/publish/dataset-summary.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { loadReport } from '../../src/report/load-report.ts';
import { largeReport } from '../support/large-report.ts';

// A report of many copies of the bundled one: every step stays linear (grouping once copied each
// group on every row; a summary of 200,000 rows once overflowed the stack), and every copy is
// checked as the original is. Speed at 10k, 100k and 1M claims is measured in bench/large-tables.ts;
// `npm run fuzz` (FUZZ_RUNS large) runs this with more copies.
describe('large tables', () => {
  const copies = Math.max(27, Math.round(Number(process.env.FUZZ_RUNS ?? 1000) / 1000) * 27);

  it(`loads, checks and summarises ${copies} copies of the bundled report, each as the original`, () => {
    const { dir, claims } = largeReport(copies);
    expect(claims).toBe(380 * copies);
    const report = loadReport(dir);
    const results = runChecks(report);
    const single = runChecks(bundledReport(), { catalogue: [] });
    const families = (list: typeof results) => Object.fromEntries([...new Set(list.map((result) => result.family))].map((family) => [family, list.filter((result) => result.family === family).length]));
    // Every copy gets the original's automatic checks; the repeated figures of all copies form one group each.
    const expected = families(single);
    const got = families(results);
    for (const [family, count] of Object.entries(expected)) {
      if (family === 'repeated_figure') continue;
      expect(got[family], family).toBe(count * copies);
    }
    expect(new Set(results.map((result) => result.check)).size).toBe(results.length);
    expect(datasetSummary(report).split('\n')[0]).toContain(`${claims} numeric expressions`);
  }, 300_000);
});

describe('one figure repeated across 30,000 unrelated claims', () => {
  it('is one repeated-figure check, found in one pass (comparing every pair once took minutes)', () => {
    const base = bundledReport();
    const template = base.byId.get('young_talent_recruited_2023');
    if (!template) throw new Error('young_talent_recruited_2023 missing');
    const rows = Array.from({ length: 30_000 }, (_, index) => ({ ...template, id: `talent_${index}`, indicator: [`指标${index}`], indicator_en: [`indicator ${index}`] }));
    const report = { ...base, rows, byId: new Map(rows.map((row) => [row.id, row])), catalogue: [] };
    const repeated = runChecks(report, { family: 'repeated_figure' });
    expect(repeated).toHaveLength(1);
    expect(repeated[0]?.claims).toHaveLength(30_000);
  }, 60_000);
});
