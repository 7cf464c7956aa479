import { toArrowIPC, toCSV, type ColumnTable } from 'arquero';
import { UnknownValueError } from '../errors/unknown-value-error.ts';

/** The formats a table can be exported to. */
export const EXPORT_FORMATS = ['csv', 'json', 'arrow'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Serialises a table: `csv` (RFC 4180 text, nulls as empty cells), `json` (an array of row
 * objects; an infinite number becomes `null`) or `arrow` (Arrow IPC stream bytes, for pandas,
 * polars, DuckDB or R's arrow).
 *
 * @param data - Any Arquero table, e.g. `targets()`.
 * @param format - One of `EXPORT_FORMATS`.
 * @returns Text for `csv` and `json`, bytes for `arrow`.
 * @throws {UnknownValueError} When the format is not one of `EXPORT_FORMATS`.
 * @example
 * exportTable(actuals().filter((d) => d.id === 'gdp_2023').select('id', 'surface'), 'csv')
 * // => 'id,surface\ngdp_2023,273.46亿元\n'
 * exportTable(actuals().filter((d) => d.id === 'gdp_2023').select('id', 'amount'), 'json')
 * // => '[{"id":"gdp_2023","amount":27346000000}]'
 */
export function exportTable(data: ColumnTable, format: 'csv' | 'json'): string;
export function exportTable(data: ColumnTable, format: 'arrow'): Uint8Array;
export function exportTable(data: ColumnTable, format: ExportFormat): string | Uint8Array;
export function exportTable(data: ColumnTable, format: ExportFormat): string | Uint8Array {
  if (format === 'csv') {
    const csv = toCSV(data);
    return csv.endsWith('\n') ? csv : `${csv}\n`;
  }
  if (format === 'json') return JSON.stringify(data.objects());
  if (format === 'arrow') return toArrowIPC(data);
  throw new UnknownValueError('format', String(format), EXPORT_FORMATS);
}
