import type { ChartRows } from '../types.ts';
import { FactcheckError } from '../../errors/factcheck-error.ts';
import { messages } from '../../messages/index.ts';

/**
 * The rows of a chart as plain objects, checked at the boundary: at least one row, every named
 * column present, and every value of a numeric column a finite number. A chart never drops a row
 * silently, so a missing, NaN or infinite value is an error that names its row.
 */
export function chartRows(builder: string, data: ChartRows, columns: readonly string[], numeric: readonly string[]): Record<string, unknown>[] {
  const rows = (Array.isArray(data) ? data : (data as { objects(): object[] }).objects()) as Record<string, unknown>[];
  if (rows.length === 0) throw new FactcheckError('CHART_DATA', messages.chartEmpty(builder));
  const present = Array.isArray(data) ? Object.keys(rows[0] ?? {}) : (data as { columnNames(): string[] }).columnNames();
  const missing = columns.filter((column) => !present.includes(column));
  if (missing.length > 0) throw new FactcheckError('CHART_DATA', messages.chartMissingColumns(builder, missing, present));
  const problems: string[] = [];
  rows.forEach((row, index) => {
    for (const column of numeric) {
      const value = row[column];
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(messages.chartBadValue(index, column, value));
    }
  });
  if (problems.length > 0) throw new FactcheckError('CHART_DATA', messages.chartBadValues(builder, problems));
  return rows;
}
