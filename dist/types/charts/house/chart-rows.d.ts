import type { ChartRows } from '../types.ts';
/**
 * The rows of a chart as plain objects, checked at the boundary: at least one row, every named
 * column present, and every value of a numeric column a finite number. A chart never drops a row
 * silently, so a missing, NaN or infinite value is an error that names its row.
 */
export declare function chartRows(builder: string, data: ChartRows, columns: readonly string[], numeric: readonly string[]): Record<string, unknown>[];
