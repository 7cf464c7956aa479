import type { TableLike } from './table-html.ts';
/** The part of the danfo module `toDanfo` uses: its DataFrame class. */
export interface DanfoModule<Frame> {
    DataFrame: new (data: Record<string, unknown[]>, options?: {
        columns?: string[];
    }) => Frame;
}
/**
 * Converts an Arquero table to a danfo DataFrame, column by column, keeping the column order. The
 * library does not depend on danfo (it is large); pass the module you imported, so danfo stays
 * your choice: `import * as dfd from 'danfojs-node'` (or `'danfojs'`).
 *
 * @param table - An Arquero table.
 * @param danfo - The danfo module.
 * @returns A danfo DataFrame.
 * @example
 * // With danfo: `toDanfo(actuals(), dfd).shape` after `import * as dfd from 'danfojs'`. Any module with a DataFrame class will do:
 * toDanfo(aq.table({ a: [1, 2], b: ['x', null] }), { DataFrame: function (data) { this.data = data; } }).data
 * // => { a: [1, 2], b: ['x', null] }
 */
export declare function toDanfo<Frame>(table: TableLike & {
    array(name: string): ArrayLike<unknown>;
}, danfo: DanfoModule<Frame>): Frame;
