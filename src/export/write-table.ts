import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { ColumnTable } from 'arquero';
import { UnknownValueError } from '../errors/unknown-value-error.ts';
import { exportTable, type ExportFormat, type ExportOptions } from './export-table.ts';

const BY_EXTENSION: Record<string, ExportFormat> = { '.csv': 'csv', '.json': 'json', '.arrow': 'arrow', '.arrows': 'arrow' };

/**
 * Writes a table to a file, choosing the format from the extension (`.csv`, `.json`, `.arrow`)
 * and creating missing folders. CSV text cells a spreadsheet would run as formulas are guarded
 * unless `raw` (see `exportTable`).
 *
 * @param data - Any Arquero table.
 * @param path - Where to write, e.g. `out/tourism.csv`.
 * @param options - See `ExportOptions`.
 * @returns The format written.
 * @throws {UnknownValueError} When the extension is not one of `.csv`, `.json`, `.arrow`.
 * @example
 * writeTable(targets(), 'out/targets.xlsx')
 * // => throws UnknownValueError
 */
export function writeTable(data: ColumnTable, path: string, options: ExportOptions = {}): ExportFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) throw new UnknownValueError('file extension', extname(path) || path, Object.keys(BY_EXTENSION));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, exportTable(data, format, options));
  return format;
}
