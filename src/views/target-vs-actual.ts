import { table, type ColumnTable } from 'arquero';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';

const COLUMNS = [
  'indicator', 'indicator_en', 'topic', 'kind', 'unit', 'actual_unit', 'scope', 'actual_id', 'actual_surface', 'actual_amount',
  'actual_low', 'actual_high', 'target_id', 'target_surface', 'target_amount', 'target_low', 'target_high',
  'target_qualifier', 'change_pct', 'change_pp', 'note',
] as const;

/** The written amount with its sign: a fall (`direction` down) counts as negative. */
function signed(row: Record<string, unknown>): number | null {
  const amount = row.amount as number | null;
  return amount === null ? null : row.direction === 'down' ? -amount : amount;
}

/**
 * Each target beside its counterpart in the year under review (the `counterpart` link), one row
 * per pair: the two surfaces, amounts and intervals, and the change from actual to target.
 * For levels and counts `change_pct` is the percent change of the amounts; for rates, shares and
 * growth rates (already in percent) `change_pp` is the difference in percentage points. Where the
 * change cannot be computed (a zero actual, an open-ended figure) it is `null`, never Infinity.
 *
 * @param report - The report; the bundled report by default.
 * @returns A table in text order of the targets.
 * @example
 * targetVsActual().filter((d) => d.target_id === 'tourism_revenue_2024_target').object().change_pct.toFixed(4)
 * // => '1.3825'
 */
export function targetVsActual(report: Report = bundledReport()): ColumnTable {
  const rows = report.claims.objects() as Record<string, unknown>[];
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  const out: Record<string, unknown>[] = [];
  for (const target of rows) {
    if (target.status !== 'target' || target.counterpart === null) continue;
    for (const counterpartId of String(target.counterpart).split(';')) {
      const actual = byId.get(counterpartId);
      if (!actual) continue;
      const a = signed(actual);
      const t = signed(target);
      const percentUnits = ['percent', 'pp', 'bp'].includes(String(target.unit));
      out.push({
        indicator: target.indicator,
        indicator_en: target.indicator_en,
        topic: target.topic,
        kind: target.kind,
        unit: target.unit,
        actual_unit: actual.unit,
        scope: target.scope ?? actual.scope ?? null,
        actual_id: actual.id,
        actual_surface: actual.surface,
        actual_amount: a,
        actual_low: actual.low,
        actual_high: actual.high,
        target_id: target.id,
        target_surface: target.surface,
        target_amount: t,
        target_low: target.low,
        target_high: target.high,
        target_qualifier: target.qualifier,
        change_pct: !percentUnits && a !== null && t !== null && a > 0 ? (t / a - 1) * 100 : null,
        change_pp: percentUnits && a !== null && t !== null ? t - a : null,
        note: target.note,
      });
    }
  }
  return table(Object.fromEntries(COLUMNS.map((key) => [key, out.map((row) => row[key] ?? null)])));
}
