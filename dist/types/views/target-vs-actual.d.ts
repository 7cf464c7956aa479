import { type ColumnTable } from 'arquero';
import type { Report } from '../report/types.ts';
/**
 * Each target beside its counterpart in the year under review (the `counterpart` link), one row
 * per pair: the two surfaces, amounts and intervals, and the change from actual to target.
 * For levels and counts `change_pct` is the percent change of the amounts; for rates, shares and
 * growth rates (already in percent) `change_pp` is the difference in percentage points. Where the
 * change cannot be computed (a zero actual, an open-ended figure) it is `null`, never Infinity.
 *
 * @param report - The report; the bundled report by default.
 * @returns A table in text order of the targets.
 * @example
 * targetVsActual().filter((d) => d.target_id === 'tourism_revenue_2024_target').object().change_pct.toFixed(4)
 * // => '1.3825'
 */
export declare function targetVsActual(report?: Report): ColumnTable;
