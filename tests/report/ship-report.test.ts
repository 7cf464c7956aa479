import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { fig } from '../../src/report/fig.ts';
import { loadReport } from '../../src/report/load-report.ts';
import { readShippedReport } from '../../src/report/read-shipped-report.ts';
import { shipReport, type ShippedReport } from '../../src/report/ship-report.ts';

const dist = fileURLToPath(new URL('../../dist/bundled-report.json', import.meta.url));

describe('the shipped bundled report', () => {
  const loaded = loadReport(BUNDLED_REPORT_DIR);
  const shipped = JSON.parse(readFileSync(dist, 'utf8')) as ShippedReport;

  it('is what the build writes: the shipped form of the validated data folder', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(shipReport(loaded))));
    expect(shipped.figures).toHaveLength(355);
  });

  it('reads back into the report loadReport builds from data/, without validating again', () => {
    const read = readShippedReport(shipped, loaded.dir);
    expect(read.text).toBe(loaded.text);
    expect(read.rows).toEqual(loaded.rows);
    expect(read.sections).toEqual(loaded.sections);
    expect(read.manifest).toEqual(loaded.manifest);
    expect(read.catalogue).toEqual(loaded.catalogue);
    expect(read.years).toEqual(loaded.years);
    expect([...read.byId.keys()]).toEqual([...loaded.byId.keys()]);
    expect(read.claims.columnNames()).toEqual(loaded.claims.columnNames());
    expect(read.claims.objects()).toEqual(loaded.claims.objects());
  });

  it('gives every figure as fig() makes it from the text, open ends included', () => {
    const read = readShippedReport(shipped, loaded.dir);
    for (const row of loaded.rows.filter((each) => !['date', 'code', 'name'].includes(each.kind))) {
      expect(fig(row.id, read)).toEqual(fig(row.id, loaded));
    }
    expect(fig('tourism_arrivals_revenue_growth_2023', read).interval.high).toBe(Infinity);
  });
});
