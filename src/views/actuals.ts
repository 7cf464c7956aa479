import { escape, type ColumnTable } from 'arquero';
import { bundledReport } from '../report/bundled-report.ts';
import { CLAIM_KINDS, type Report } from '../report/types.ts';
import { VIEW_COLUMNS } from './view-columns.ts';

/**
 * The results the report gives for the year under review: claims with status `actual` or
 * `estimate` (预计), leaving out dates, codes, names, ordinals and thresholds.
 *
 * @param report - The report; the bundled report by default.
 * @returns A table with the columns of `VIEW_COLUMNS`, in text order.
 * @example
 * actuals().filter((d) => d.id === 'gdp_2023').array('surface')
 * // => ['273.46亿元']
 * actuals().numRows()
 * // => 159
 */
export function actuals(report: Report = bundledReport()): ColumnTable {
  const wanted = escape((d: { kind: string; status: string }) =>
    (CLAIM_KINDS as readonly string[]).includes(d.kind) && (d.status === 'actual' || d.status === 'estimate'));
  return report.claims.filter(wanted).select(...VIEW_COLUMNS);
}
