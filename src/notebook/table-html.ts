import { escapeHtml } from '../text/escape-html.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** Options of `tableHtml` and `displayTable`. */
export interface TableHtmlOptions {
  /** Show at most this many rows. Default 20. */
  rows?: number;
}

/** The table shape `tableHtml` reads: an Arquero table. */
export interface TableLike {
  numRows(): number;
  columnNames(): string[];
  objects(options?: { limit?: number }): object[];
}

/** A cell written for a reader: numbers without trailing noise, open ends as ∞, missing as empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * An Arquero table as an HTML table for a notebook: the first rows (20 by default) and a caption
 * with the number shown and the total, every cell escaped, so that text from a report cannot
 * inject markup.
 *
 * @param table - An Arquero table.
 * @param options - See `TableHtmlOptions`.
 * @returns The HTML.
 * @example
 * tableHtml(aq.table({ surface: ['<b>1</b>', '2'] }), { rows: 1 })
 * // => '<table class="wulong-table"><caption>1 of 2 rows</caption><thead><tr><th>surface</th></tr></thead><tbody><tr><td>&lt;b&gt;1&lt;/b&gt;</td></tr></tbody></table>'
 */
export function tableHtml(table: TableLike, options: TableHtmlOptions = {}): string {
  const rowsWanted = options.rows ?? 20;
  if (!Number.isInteger(rowsWanted) || rowsWanted < 0) throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('rows', rowsWanted));
  const limit = rowsWanted;
  const columns = table.columnNames();
  const rows = table.objects({ limit }) as Record<string, unknown>[];
  const head = columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((column) => `<td>${escapeHtml(cellText(row[column]))}</td>`).join('')}</tr>`).join('');
  return `<table class="wulong-table"><caption>${escapeHtml(messages.tableRowsShown(rows.length, table.numRows()))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
