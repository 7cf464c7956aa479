import type { ColumnTable } from 'arquero';
import { type ExportFormat } from './export-table.ts';
/**
 * Writes a table to a file, choosing the format from the extension (`.csv`, `.json`, `.arrow`)
 * and creating missing folders.
 *
 * @param data - Any Arquero table.
 * @param path - Where to write, e.g. `out/tourism.csv`.
 * @returns The format written.
 * @throws {UnknownValueError} When the extension is not one of `.csv`, `.json`, `.arrow`.
 * @example
 * writeTable(targets(), 'out/targets.xlsx')
 * // => throws UnknownValueError
 */
export declare function writeTable(data: ColumnTable, path: string): ExportFormat;
