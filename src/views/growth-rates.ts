import { escape, type ColumnTable } from 'arquero';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';

/**
 * Every growth rate in the report, actual and target, with its direction (up or down), its basis
 * (real, nominal, price or physical) and its links: `of` (the level that grew) and `base`
 * (the level it grew from). `number` is in percent as written; a fall is written as a positive
 * number with `direction` `down`.
 *
 * @param report - The report; the bundled report by default.
 * @returns A table in text order.
 * @example
 * growthRates().filter((d) => d.id === 'gdp_growth_2023').object()
 * // => { id: 'gdp_growth_2023', indicator: '地区生产总值增长', indicator_en: 'GDP growth', surface: '5.5%', number: 5.5, low: 5.45, high: 5.55, qualifier: 'exact', direction: 'up', basis: 'real', year: 2023, status: 'actual', topic: 'macro', of: 'gdp_2023', base: null, counterpart: null }
 */
export function growthRates(report: Report = bundledReport()): ColumnTable {
  return report.claims
    // An escaped function runs as it is: Arquero does not parse and recompile it.
    .filter(escape((d: { kind: string }) => d.kind === 'growth'))
    .select('id', 'indicator', 'indicator_en', 'surface', 'number', 'low', 'high', 'qualifier', 'direction', 'basis', 'year', 'status', 'topic', 'of', 'base', 'counterpart');
}
