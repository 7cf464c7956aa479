import { table, type ColumnTable } from 'arquero';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** The part of a danfo DataFrame `fromDanfo` reads. */
export interface DanfoFrame {
  columns: string[];
  values: unknown[][];
}

/**
 * Converts a danfo DataFrame to an Arquero table, keeping the column order. danfo writes a missing
 * value as NaN (or undefined); it comes back as `null`, Arquero's missing value, so that the
 * library's checks see it as missing rather than as a number.
 *
 * @param frame - A danfo DataFrame (anything with `columns` and row-wise `values`).
 * @returns An Arquero table.
 * @throws {FactcheckError} With code `NOT_A_FRAME` when `frame` has no `columns` and `values`.
 * @example
 * fromDanfo({ columns: ['id', 'amount'], values: [['a', 1], ['b', NaN]] }).objects()
 * // => [{ id: 'a', amount: 1 }, { id: 'b', amount: null }]
 */
export function fromDanfo(frame: DanfoFrame): ColumnTable {
  if (!frame || !Array.isArray(frame.columns) || !Array.isArray(frame.values)) {
    throw new FactcheckError('NOT_A_FRAME', messages.notAFrame(typeof frame));
  }
  const reserved = frame.columns.find((name) => name === '__proto__');
  if (reserved !== undefined) throw new FactcheckError('INVALID_ARGUMENT', messages.reservedColumn(reserved));
  const missing = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isNaN(value));
  return table(Object.fromEntries(frame.columns.map((name, index) => [name, frame.values.map((row) => (missing(row[index]) ? null : row[index]))])));
}
