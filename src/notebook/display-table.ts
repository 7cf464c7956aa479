import { ColumnTable } from 'arquero';
import { DISPLAY, tableBundle } from './table-bundle.ts';
import type { TableHtmlOptions, TableLike } from './table-html.ts';

/**
 * Wraps an Arquero table so that a notebook cell returning it shows an HTML table of its first
 * rows with the total count (see `tableHtml`).
 *
 * @param table - An Arquero table.
 * @param options - See `TableHtmlOptions`.
 * @returns An object the Deno Jupyter kernel displays.
 * @example
 * Object.keys(displayTable(actuals(), { rows: 5 })[Symbol.for('Jupyter.display')]())
 * // => ['text/html', 'text/plain']
 */
export function displayTable(table: TableLike, options: TableHtmlOptions = {}): { [DISPLAY]: () => Record<string, string> } {
  return { [DISPLAY]: () => tableBundle(table, options) };
}

/**
 * Makes every Arquero table display itself as an HTML table in the Deno Jupyter kernel (a cell
 * ending in `actuals()` then shows a table, not an object dump). It adds the display hook to
 * Arquero's table class, so it is a deliberate step a notebook takes once, at its top.
 *
 * @param options - See `TableHtmlOptions`; applies to every table.
 * @returns Nothing.
 * @example
 * enableTableDisplay({ rows: 10 });
 * Object.keys(actuals()[Symbol.for('Jupyter.display')]())
 * // => ['text/html', 'text/plain']
 */
export function enableTableDisplay(options: TableHtmlOptions = {}): void {
  Object.defineProperty(ColumnTable.prototype, DISPLAY, {
    configurable: true,
    writable: true,
    value(this: TableLike) { return tableBundle(this, options); },
  });
}
