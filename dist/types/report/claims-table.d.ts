import { type ColumnTable } from 'arquero';
import { type Claim } from './types.ts';
/**
 * Builds the Arquero table of claims: the `claims.csv` columns (list cells joined with `;`,
 * empty cells as `null`, `start`/`end`/`scale`/`year` as numbers, `cumulative` as a boolean),
 * followed by four derived columns for quantities: `number` (the written number), `amount`
 * (in plain units: 273.46亿元 gives 27346000000), `low` and `high` (the interval the written
 * figure stands for; `null` where it is open-ended, and for dates, codes and names).
 *
 * @param rows - Typed claims.
 * @returns A new table with one row per claim, in the given order.
 * @example
 * claimsTable(bundledReport().rows).filter((d) => d.id === 'gdp_2023').object().amount
 * // => 27346000000
 */
export declare function claimsTable(rows: readonly Claim[]): ColumnTable;
