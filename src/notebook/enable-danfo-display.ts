import { fromDanfo, type DanfoFrame } from './from-danfo.ts';
import { DISPLAY, tableBundle } from './table-bundle.ts';
import type { TableHtmlOptions } from './table-html.ts';

/**
 * Makes every danfo DataFrame display itself as an HTML table in the Deno Jupyter kernel, as
 * `enableTableDisplay` does for Arquero tables: a cell ending in a DataFrame then shows its first
 * rows and its size, not an object dump. The library does not depend on danfo: pass the module
 * you imported (`danfojs` or `danfojs-node`). Missing values show as empty cells (see `fromDanfo`).
 *
 * @param danfo - The danfo module, or anything with a `DataFrame` class.
 * @param options - See `TableHtmlOptions`; applies to every DataFrame.
 * @returns Nothing.
 * @example
 * class DataFrame { columns = ['id', 'amount']; values = [['a', 1], ['b', NaN]]; }
 * enableDanfoDisplay({ DataFrame });
 * new DataFrame()[Symbol.for('Jupyter.display')]()['text/plain']
 * // => '2 rows: id, amount'
 */
export function enableDanfoDisplay(danfo: { DataFrame: { prototype: object } }, options: TableHtmlOptions = {}): void {
  Object.defineProperty(danfo.DataFrame.prototype, DISPLAY, {
    configurable: true,
    writable: true,
    value(this: DanfoFrame) { return tableBundle(fromDanfo(this), options); },
  });
}
