import { messages } from '../../messages/index.ts';
import type { ReportYears } from '../../report/types.ts';
import { PALETTE } from '../house-theme.ts';

/** One indicator of a dumbbell: its label, its two values and the label written at the second. */
export interface DumbbellRow {
  indicator: string;
  indicator_en: string;
  result: number;
  target: number;
  result_text: string;
  target_text: string;
  label: string;
}

/**
 * The body of a dumbbell chart: one row per indicator, a rule from the result of the year under
 * review to the target of the plan year, a circle and a triangle for the two (the series named in
 * both languages with the report's years, told apart by colour and by shape), and the label beside
 * the target.
 */
export function dumbbellBody(rows: readonly DumbbellRow[], years: ReportYears, xTitle: string, xFormat: { format?: string; labelExpr?: string }): Record<string, unknown> {
  const DUMBBELL_SERIES = { result: messages.resultSeries(years.review), target: messages.targetSeries(years.plan) };
  // An explicit domain: a label layer (rises or falls) may be empty, and Vega warns about the extent of an empty layer.
  const ends = rows.flatMap((row) => [row.result, row.target]);
  // Loops, not Math.min(...): spreading a very long table into arguments overflows the stack.
  const low = ends.reduce((least, value) => Math.min(least, value), Infinity);
  const high = ends.reduce((most, value) => Math.max(most, value), -Infinity);
  const margin = (high - low) * 0.12 || 1;
  const y = { field: 'indicator', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 150 } };
  const tooltip = [
    { field: 'indicator', title: messages.tooltipIndicatorZh() }, { field: 'indicator_en', title: messages.tooltipIndicatorEn() },
    { field: 'result_text', title: DUMBBELL_SERIES.result }, { field: 'target_text', title: DUMBBELL_SERIES.target },
  ];
  return {
    data: { values: rows.map((row, order) => ({ ...row, order })) },
    height: { step: 22 },
    encoding: { y },
    layer: [
      {
        mark: { type: 'rule', color: '#999999', strokeWidth: 2 },
        encoding: { x: { field: 'result', type: 'quantitative', title: xTitle, axis: xFormat, scale: { domain: [low - margin, high + margin], nice: false } }, x2: { field: 'target' }, tooltip },
      },
      {
        transform: [
          { fold: ['result', 'target'], as: ['series_key', 'value'] },
          { calculate: `datum.series_key === 'result' ? '${DUMBBELL_SERIES.result}' : '${DUMBBELL_SERIES.target}'`, as: 'series' },
        ],
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { field: 'series', type: 'nominal', title: null, scale: { domain: [DUMBBELL_SERIES.result, DUMBBELL_SERIES.target], range: [PALETTE[0], PALETTE[5]] } },
          shape: { field: 'series', type: 'nominal', title: null, scale: { domain: [DUMBBELL_SERIES.result, DUMBBELL_SERIES.target], range: ['circle', 'triangle-right'] } },
          tooltip,
        },
      },
      // The label sits beyond the target, away from the rule: right of a rise, left of a fall.
      {
        transform: [{ filter: 'datum.target >= datum.result' }],
        mark: { type: 'text', align: 'left', dx: 8, fontSize: 10, color: '#333333' },
        encoding: { x: { field: 'target', type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        transform: [{ filter: 'datum.target < datum.result' }],
        mark: { type: 'text', align: 'right', dx: -8, fontSize: 10, color: '#333333' },
        encoding: { x: { field: 'target', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}
