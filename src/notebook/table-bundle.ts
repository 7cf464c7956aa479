import { messages } from '../messages/index.ts';
import { tableHtml, type TableHtmlOptions, type TableLike } from './table-html.ts';

/** The key the Deno Jupyter kernel calls to display an object. */
export const DISPLAY = Symbol.for('Jupyter.display');

/** The MIME bundle of a table: an HTML table and a plain-text summary. */
export function tableBundle(table: TableLike, options: TableHtmlOptions): Record<string, string> {
  return {
    'text/html': tableHtml(table, options),
    'text/plain': `${messages.tableRowsShown(Math.min(options.rows ?? 20, table.numRows()), table.numRows())}: ${table.columnNames().join(', ')}`,
  };
}
