import { escape, type ColumnTable } from 'arquero';
import { bundledReport } from '../report/bundled-report.ts';
import { CLAIM_KINDS, type Report } from '../report/types.ts';
import { VIEW_COLUMNS } from './view-columns.ts';

/**
 * The goals the report sets: claims with status `target`, with the id of their counterpart in
 * the year under review where the text has one.
 *
 * @param report - The report; the bundled report by default.
 * @returns A table with the columns of `VIEW_COLUMNS` and `counterpart`, in text order.
 * @example
 * targets().filter((d) => d.id === 'tourism_revenue_2024_target').array('counterpart')
 * // => ['tourism_revenue_2023']
 */
export function targets(report: Report = bundledReport()): ColumnTable {
  const wanted = escape((d: { kind: string; status: string }) => (CLAIM_KINDS as readonly string[]).includes(d.kind) && d.status === 'target');
  return report.claims.filter(wanted).select(...VIEW_COLUMNS, 'counterpart');
}
