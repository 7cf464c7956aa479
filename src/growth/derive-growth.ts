import type { ColumnTable } from 'arquero';
import { UnknownValueError } from '../errors/unknown-value-error.ts';
import { messages } from '../messages/index.ts';

/** Options of `deriveGrowth`. */
export interface DeriveGrowthOptions {
  /** The column holding the base (previous) level. */
  from: string;
  /** The column holding the level reached. */
  to: string;
  /** The name of the new growth column (percent). Default `'growth'`; a second column `<as>_problem` says why a cell is null. */
  as?: string;
}

/**
 * Adds a growth-rate column (percent) computed from two level columns of an Arquero table, and a
 * `<as>_problem` column. Where growth cannot be computed (a missing, zero, negative or
 * non-numeric base or level) the growth cell is `null` and the problem cell says why; no row is
 * dropped and no cell is NaN or Infinity.
 *
 * @param table - An Arquero table.
 * @param options - Column names (see `DeriveGrowthOptions`).
 * @returns A new table with the two columns added (the input is not changed).
 * @throws {UnknownValueError} When `from` or `to` names no column of the table.
 * @example
 * const levels = aq.table({ indicator: ['imports', 'new'], y2023: [8477, 0], y2024: [9200, 5] });
 * deriveGrowth(levels, { from: 'y2023', to: 'y2024' }).objects().map((d) => [d.growth?.toFixed(2) ?? null, d.growth_problem])
 * // => [['8.53', null], [null, 'zero base (0)']]
 */
export function deriveGrowth(table: ColumnTable, options: DeriveGrowthOptions): ColumnTable {
  const as = options.as ?? 'growth';
  const names = table.columnNames();
  for (const column of [options.from, options.to]) {
    if (!names.includes(column)) throw new UnknownValueError('column', column, names);
  }
  const from = table.array(options.from) as ArrayLike<unknown>;
  const to = table.array(options.to) as ArrayLike<unknown>;
  const growth: (number | null)[] = [];
  const problem: (string | null)[] = [];
  for (let i = 0; i < table.numRows(); i += 1) {
    const base = from[i];
    const level = to[i];
    const reason =
      typeof base !== 'number' || !Number.isFinite(base) ? messages.cellNotANumber(options.from, base)
        : typeof level !== 'number' || !Number.isFinite(level) ? messages.cellNotANumber(options.to, level)
          : base === 0 ? messages.cellZeroBase(base)
            : base < 0 ? messages.cellNegativeBase(base)
              : null;
    growth.push(reason === null ? ((level as number) / (base as number) - 1) * 100 : null);
    problem.push(reason);
  }
  return table.assign({ [as]: growth, [`${as}_problem`]: problem });
}
