import type { ColumnTable } from 'arquero';
/** Options of `deriveGrowth`. */
export interface DeriveGrowthOptions {
    /** The column holding the base (previous) level. */
    from: string;
    /** The column holding the level reached. */
    to: string;
    /** The name of the new growth column (percent). Default `'growth'`; a second column `<as>_problem` says why a cell is null. */
    as?: string;
}
/**
 * Adds a growth-rate column (percent) computed from two level columns of an Arquero table, and a
 * `<as>_problem` column. Where growth cannot be computed (a missing, zero, negative or
 * non-numeric base or level) the growth cell is `null` and the problem cell says why; no row is
 * dropped and no cell is NaN or Infinity.
 *
 * @param table - An Arquero table.
 * @param options - Column names (see `DeriveGrowthOptions`).
 * @returns A new table with the two columns added (the input is not changed).
 * @throws {UnknownValueError} When `from` or `to` names no column of the table.
 * @example
 * const levels = aq.table({ indicator: ['imports', 'new'], y2023: [8477, 0], y2024: [9200, 5] });
 * deriveGrowth(levels, { from: 'y2023', to: 'y2024' }).objects().map((d) => [d.growth?.toFixed(2) ?? null, d.growth_problem])
 * // => [['8.53', null], [null, 'zero base (0)']]
 */
export declare function deriveGrowth(table: ColumnTable, options: DeriveGrowthOptions): ColumnTable;
