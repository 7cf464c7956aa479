import { type ColumnTable } from 'arquero';
/** The formats a table can be exported to. */
export declare const EXPORT_FORMATS: readonly ['csv', 'json', 'arrow'];
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
export declare function exportTable(data: ColumnTable, format: 'csv' | 'json'): string;
export declare function exportTable(data: ColumnTable, format: 'arrow'): Uint8Array;
export declare function exportTable(data: ColumnTable, format: ExportFormat): string | Uint8Array;
