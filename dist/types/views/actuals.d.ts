import { type ColumnTable } from 'arquero';
import { type Report } from '../report/types.ts';
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
export declare function actuals(report?: Report): ColumnTable;
