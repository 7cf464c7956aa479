import { type ColumnTable } from 'arquero';
import { type Report } from '../report/types.ts';
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
export declare function targets(report?: Report): ColumnTable;
