import type { TopLevelSpec } from 'vega-lite';
import type { CheckResult } from '../checks/types.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { axisFormat } from './house/axis-format.ts';
import { formatRange } from '../text/format-interval.ts';
import { houseSpec } from './house/house-spec.ts';
import { messages } from '../messages/index.ts';
import { PALETTE } from './house-theme.ts';
import type { ChartOptions } from './types.ts';

/** The two rows of a check chart, named in both languages. */
export const CHECK_ROWS = messages.checkRows();

/** How far past the finite values an open end (以上, 以内) is drawn, as a share of the drawn span. */
const OPEN_END = 0.25;

/**
 * The picture a fact-check story needs: the value the report's own figures imply and the value
 * it reports, each drawn as its full rounding interval (a bar from its low to its high end, with
 * ticks at the ends), so that a reader sees at once whether the two can meet. An open end (以上,
 * 以内) is drawn as an arrow past the finite values and labelled as open.
 *
 * @param result - A check result with both intervals (not a `not_comparable` one).
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when the result has no intervals to draw.
 * @example
 * const spec = checkChart(runCheck(bundledReport().catalogue[0]));
 * spec.data.values.map((row) => row.label)
 * // => ['450.4亿元至451.1亿元', '217亿元']
 */
export function checkChart(result: CheckResult, options: ChartOptions = {}): TopLevelSpec {
  const { recomputed, reported } = result;
  if (!recomputed || !reported) throw new FactcheckError('CHART_DATA', messages.chartNoIntervals(result.check, result.verdict));
  const finite = [recomputed.low, recomputed.high, reported.low, reported.high].filter(Number.isFinite);
  const lowest = Math.min(...finite);
  const highest = Math.max(...finite);
  const span = highest - lowest || Math.abs(highest) || 1;
  const row = (name: string, interval: { low: number; high: number }, written: string | null) => ({
    row: name,
    low: Number.isFinite(interval.low) ? interval.low : lowest - span * OPEN_END,
    high: Number.isFinite(interval.high) ? interval.high : highest + span * OPEN_END,
    open_low: !Number.isFinite(interval.low),
    open_high: !Number.isFinite(interval.high),
    range_zh: formatRange(interval, result.unit, 'zh'),
    range_en: formatRange(interval, result.unit, 'en'),
    // The reported side is labelled as the report writes it (10%以上), the bar showing what that allows.
    label: written ?? formatRange(interval, result.unit, 'zh'),
    // A label in the right half of the plot is written leftwards from the bar's end, so it never runs past the edge.
    label_right: (Number.isFinite(interval.low) ? interval.low : lowest) > (lowest + highest) / 2,
  });
  const values = [row(CHECK_ROWS.recomputed, recomputed, null), row(CHECK_ROWS.reported, reported, result.reported_text)];
  // An explicit domain: the layers of open ends are often empty, and Vega warns about the extent of an empty layer.
  const drawnLow = Math.min(...values.map((each) => each.low));
  const drawnHigh = Math.max(...values.map((each) => each.high));
  const margin = (drawnHigh - drawnLow) * 0.05 || Math.abs(drawnHigh) * 0.05 || 1;
  const x = { type: 'quantitative', title: null, axis: axisFormat(result.unit), scale: { domain: [drawnLow - margin, drawnHigh + margin], nice: false } };
  const color = { field: 'row', type: 'nominal', title: null, scale: { domain: [CHECK_ROWS.recomputed, CHECK_ROWS.reported], range: [PALETTE[0], PALETTE[5]] } };
  const y = { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 150 } };
  const tooltip = [{ field: 'row', title: ' ' }, { field: 'range_zh', title: messages.tooltipRangeZh() }, { field: 'range_en', title: messages.tooltipRangeEn() }];
  const verdict = messages.verdictName(result.verdict);
  return houseSpec(options, { zh: `${verdict.zh}:${result.headline_zh}`, en: `${verdict.en}: ${result.headline_en} (each bar is a value with its full rounding interval)` }, {
    data: { values },
    height: { step: 44 },
    encoding: { y },
    layer: [
      { mark: { type: 'bar', height: 14, opacity: 0.85 }, encoding: { x: { field: 'low', ...x }, x2: { field: 'high' }, color, tooltip } },
      { mark: { type: 'tick', thickness: 2, size: 22, color: '#000000' }, transform: [{ filter: '!datum.open_low' }], encoding: { x: { field: 'low', type: 'quantitative' } } },
      { mark: { type: 'tick', thickness: 2, size: 22, color: '#000000' }, transform: [{ filter: '!datum.open_high' }], encoding: { x: { field: 'high', type: 'quantitative' } } },
      { mark: { type: 'point', shape: 'triangle-right', filled: true, size: 90, color: '#000000' }, transform: [{ filter: 'datum.open_high' }], encoding: { x: { field: 'high', type: 'quantitative' } } },
      { mark: { type: 'point', shape: 'triangle-left', filled: true, size: 90, color: '#000000' }, transform: [{ filter: 'datum.open_low' }], encoding: { x: { field: 'low', type: 'quantitative' } } },
      { mark: { type: 'text', align: 'left', dy: -16, fontSize: 10, color: '#333333' }, transform: [{ filter: '!datum.label_right' }], encoding: { x: { field: 'low', type: 'quantitative' }, text: { field: 'label' } } },
      { mark: { type: 'text', align: 'right', dy: -16, fontSize: 10, color: '#333333' }, transform: [{ filter: 'datum.label_right' }], encoding: { x: { field: 'high', type: 'quantitative' }, text: { field: 'label' } } },
    ],
  });
}
