import { table, toArrowIPC, toCSV, type ColumnTable } from 'arquero';
import { spreadsheetSafe } from '../text/spreadsheet-safe.ts';
import { UnknownValueError } from '../errors/unknown-value-error.ts';

/** The formats a table can be exported to. */
export const EXPORT_FORMATS = ['csv', 'json', 'arrow'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `exportTable` and `writeTable`. */
export interface ExportOptions {
  /** Write CSV text cells as they are, even those a spreadsheet would run as formulas. Default `false`: such cells get a leading apostrophe (see `spreadsheetSafe`). */
  raw?: boolean;
}

/** The table with every formula-like text cell guarded (numbers untouched). */
function guarded(data: ColumnTable): ColumnTable {
  const columns = data.columnNames();
  return table(Object.fromEntries(columns.map((name) => [name, Array.from(data.array(name) as ArrayLike<unknown>, spreadsheetSafe)])));
}

/**
 * Serialises a table: `csv` (RFC 4180 text, nulls as empty cells; text a spreadsheet would run as
 * a formula, starting with =, +, -, @, a tab or a carriage return, gets a leading apostrophe
 * unless `raw`), `json` (an array of row
 * objects; an infinite number becomes `null`) or `arrow` (Arrow IPC stream bytes, for pandas,
 * polars, DuckDB or R's arrow).
 *
 * @param data - Any Arquero table, e.g. `targets()`.
 * @param format - One of `EXPORT_FORMATS`.
 * @param options - See `ExportOptions`.
 * @returns Text for `csv` and `json`, bytes for `arrow`.
 * @throws {UnknownValueError} When the format is not one of `EXPORT_FORMATS`.
 * @example
 * exportTable(actuals().filter((d) => d.id === 'gdp_2023').select('id', 'surface'), 'csv')
 * // => 'id,surface\ngdp_2023,273.46亿元\n'
 * exportTable(actuals().filter((d) => d.id === 'gdp_2023').select('id', 'amount'), 'json')
 * // => '[{"id":"gdp_2023","amount":27346000000}]'
 * exportTable(aq.table({ note: ['=1+1', '-0.5'], n: [-1, 2] }), 'csv')
 * // => "note,n\n'=1+1,-1\n-0.5,2\n"
 */
export function exportTable(data: ColumnTable, format: 'csv' | 'json', options?: ExportOptions): string;
export function exportTable(data: ColumnTable, format: 'arrow', options?: ExportOptions): Uint8Array;
export function exportTable(data: ColumnTable, format: ExportFormat, options?: ExportOptions): string | Uint8Array;
export function exportTable(data: ColumnTable, format: ExportFormat, options: ExportOptions = {}): string | Uint8Array {
  if (format === 'csv') {
    const csv = toCSV(options.raw ? data : guarded(data));
    return csv.endsWith('\n') ? csv : `${csv}\n`;
  }
  if (format === 'json') return JSON.stringify(data.objects());
  if (format === 'arrow') return toArrowIPC(data);
  throw new UnknownValueError('format', String(format), EXPORT_FORMATS);
}
