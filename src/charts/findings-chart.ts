import type { TopLevelSpec } from 'vega-lite';
import { VERDICTS, type CheckResult } from '../checks/types.ts';
import { chartRows } from './house/chart-rows.ts';
import { houseSpec } from './house/house-spec.ts';
import { messages } from '../messages/index.ts';
import { PALETTE } from './house-theme.ts';
import type { ChartOptions, ChartRows } from './types.ts';

/** Colour and shape of each verdict: never colour alone. */
const VERDICT_STYLE = {
  contradiction: { color: PALETTE[5], shape: 'cross' },
  tension: { color: PALETTE[1], shape: 'triangle-up' },
  question: { color: PALETTE[6], shape: 'diamond' },
  not_comparable: { color: '#8c8c8c', shape: 'square' },
  holds_within_rounding: { color: PALETTE[4], shape: 'diamond' },
  holds: { color: PALETTE[0], shape: 'circle' },
} as const;

/**
 * A findings overview: every check result counted by verdict and severity, one mark per group
 * sized by its count and labelled with it, the verdicts told apart by shape as well as colour.
 *
 * @param results - Check results (`runChecks()`) or the findings table (`resultsTable(runChecks())`).
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when there are no results.
 * @example
 * const spec = findingsChart(runChecks());
 * spec.data.values.find((row) => row.verdict === 'contradiction').count
 * // => 1
 */
export function findingsChart(results: readonly CheckResult[] | ChartRows, options: ChartOptions = {}): TopLevelSpec {
  const rows = chartRows('findingsChart', results as ChartRows, ['verdict', 'severity'], ['severity']);
  const counts = new Map<string, { verdict: string; verdict_name: string; severity: number; count: number }>();
  for (const row of rows) {
    const verdict = String(row.verdict);
    const key = `${verdict}|${row.severity}`;
    const name = messages.verdictName(verdict as CheckResult['verdict']);
    const entry = counts.get(key) ?? { verdict, verdict_name: `${name.zh} ${name.en}`, severity: Number(row.severity), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const names = VERDICTS.map((verdict) => { const name = messages.verdictName(verdict); return `${name.zh} ${name.en}`; });
  const scale = (key: 'color' | 'shape') => ({ domain: names, range: VERDICTS.map((verdict) => VERDICT_STYLE[verdict][key]) });
  return houseSpec(options, messages.findingsChartTitle(rows.length), {
    data: { values: [...counts.values()] },
    height: { step: 34 },
    encoding: {
      y: { field: 'verdict_name', type: 'nominal', title: null, sort: names, axis: { labelLimit: 170 } },
      x: { field: 'severity', type: 'quantitative', title: messages.findingsAxisSeverity(), scale: { domain: [0, 3], nice: false, padding: 28 }, axis: { tickCount: 4 } },
    },
    layer: [
      {
        mark: { type: 'point', filled: true, opacity: 0.9 },
        encoding: {
          color: { field: 'verdict_name', type: 'nominal', title: null, scale: scale('color'), legend: null },
          shape: { field: 'verdict_name', type: 'nominal', title: null, scale: scale('shape'), legend: null },
          size: { field: 'count', type: 'quantitative', title: messages.findingsAxisCount(), scale: { range: [60, 900] }, legend: null },
          tooltip: [{ field: 'verdict_name', title: messages.tooltipVerdict() }, { field: 'severity' }, { field: 'count', title: messages.tooltipChecks() }],
        },
      },
      { mark: { type: 'text', dx: 18, align: 'left', fontSize: 11 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
    ],
  });
}
