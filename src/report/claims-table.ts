import { kindInterval } from './kind-interval.ts';
import { table, type ColumnTable } from 'arquero';
import { tryParse } from '../quantity/try-parse.ts';
import { claimReading } from './claim-reading.ts';
import { CLAIM_COLUMNS, QUANTITY_KINDS, type Claim } from './types.ts';

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/**
 * Builds the Arquero table of claims: the `claims.csv` columns (list cells joined with `;`,
 * empty cells as `null`, `start`/`end`/`scale`/`year` as numbers, `cumulative` as a boolean),
 * followed by four derived columns for quantities: `number` (the written number), `amount`
 * (in plain units: 273.46亿元 gives 27346000000), `low` and `high` (the interval the written
 * figure stands for; `null` where it is open-ended, and for dates, codes and names).
 *
 * @param rows - Typed claims.
 * @returns A new table with one row per claim, in the given order.
 * @example
 * claimsTable(bundledReport().rows).filter((d) => d.id === 'gdp_2023').object().amount
 * // => 27346000000
 */
export function claimsTable(rows: readonly Claim[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const column of CLAIM_COLUMNS) columns[column] = [];
  for (const name of ['number', 'amount', 'low', 'high']) columns[name] = [];
  for (const row of rows) {
    for (const column of CLAIM_COLUMNS) {
      const value = row[column] ?? null;
      const cell = Array.isArray(value) ? (value.length > 0 ? value.join(';') : null) : value;
      columns[column]?.push(cell === '' ? null : cell);
    }
    const parsed = (QUANTITY_KINDS as readonly string[]).includes(row.kind) ? tryParse(claimReading(row)) : undefined;
    const quantity = parsed?.ok ? parsed.quantity : undefined;
    columns.number?.push(finiteOrNull(quantity?.number));
    columns.amount?.push(finiteOrNull(quantity?.amount));
    const interval = quantity ? kindInterval(quantity.interval, row.kind) : undefined;
    columns.low?.push(finiteOrNull(interval?.low));
    columns.high?.push(finiteOrNull(interval?.high));
  }
  return table(columns);
}
