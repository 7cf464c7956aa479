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

/** The series of a dumbbell, named in both languages, told apart by colour and by shape. */
export const DUMBBELL_SERIES = { result: '2023年实绩 2023 result', target: '2024年目标 2024 target' } as const;

/**
 * The body of a dumbbell chart: one row per indicator, a rule from the 2023 result to the 2024
 * target, a circle and a triangle for the two, and the label beside the target.
 */
export function dumbbellBody(rows: readonly DumbbellRow[], xTitle: string, xFormat: { format?: string; labelExpr?: string }): Record<string, unknown> {
  // An explicit domain: a label layer (rises or falls) may be empty, and Vega warns about the extent of an empty layer.
  const ends = rows.flatMap((row) => [row.result, row.target]);
  const low = Math.min(...ends);
  const high = Math.max(...ends);
  const margin = (high - low) * 0.12 || 1;
  const y = { field: 'indicator', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 150 } };
  const tooltip = [
    { field: 'indicator', title: '指标' }, { field: 'indicator_en', title: 'indicator' },
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
