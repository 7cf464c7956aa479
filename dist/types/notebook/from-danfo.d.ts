import { type ColumnTable } from 'arquero';
/** The part of a danfo DataFrame `fromDanfo` reads. */
export interface DanfoFrame {
    columns: string[];
    values: unknown[][];
}
/**
 * Converts a danfo DataFrame to an Arquero table, keeping the column order. danfo writes a missing
 * value as NaN (or undefined); it comes back as `null`, Arquero's missing value, so that the
 * library's checks see it as missing rather than as a number.
 *
 * @param frame - A danfo DataFrame (anything with `columns` and row-wise `values`).
 * @returns An Arquero table.
 * @throws {FactcheckError} With code `NOT_A_FRAME` when `frame` has no `columns` and `values`.
 * @example
 * fromDanfo({ columns: ['id', 'amount'], values: [['a', 1], ['b', NaN]] }).objects()
 * // => [{ id: 'a', amount: 1 }, { id: 'b', amount: null }]
 */
export declare function fromDanfo(frame: DanfoFrame): ColumnTable;
