import type { TopLevelSpec } from 'vega-lite';
import { figureName } from '../report/figure-name.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { axisFormat } from './house/axis-format.ts';
import { figureText } from '../report/figure-text.ts';
import { formatRange } from '../text/format-interval.ts';
import { houseSpec } from './house/house-spec.ts';
import { toInterval } from '../interval/to-interval.ts';
import { messages } from '../messages/index.ts';
import type { Figure } from '../report/types.ts';
import type { ChartOptions } from './types.ts';

/** The two bars of a parts chart, named in both languages. */
export const PARTS_ROWS = messages.partsRows();

/**
 * Parts against their total: the parts stacked in one bar, the total in the bar below it with its
 * rounding interval drawn as a black bracket, so that a reader sees whether the parts fill,
 * overflow or fall short of the total. Each part is labelled in the tooltip with its figure as written.
 *
 * @param parts - The parts (one or more figures in the total's unit).
 * @param total - The total.
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when there are no parts.
 * @example
 * const spec = partsChart([fig('municipal_key_projects_led_2023')], fig('key_projects_2023'));
 * spec.data.values.map((row) => row.bar)
 * // => ['各部分 parts', '总数 total']
 */
export function partsChart(parts: readonly Figure[], total: Figure, options: ChartOptions = {}): TopLevelSpec {
  if (parts.length === 0) throw new FactcheckError('CHART_DATA', messages.chartEmpty('partsChart'));
  let start = 0;
  const values = parts.map((part) => {
    const row = {
      bar: PARTS_ROWS.parts as string, name: figureName(part, 'zh'), name_en: figureName(part, 'en'), written: figureText(part, 'en'),
      start, end: start + part.amount, low: null as number | null, high: null as number | null,
    };
    start += part.amount;
    return row;
  });
  const interval = toInterval(total);
  values.push({
    bar: PARTS_ROWS.total, name: figureName(total, 'zh'), name_en: figureName(total, 'en'), written: figureText(total, 'en'),
    start: 0, end: total.amount,
    low: Number.isFinite(interval.low) ? interval.low : null, high: Number.isFinite(interval.high) ? interval.high : null,
  });
  // An explicit domain: the interval layer is empty when the total is open above, and Vega warns about an empty extent.
  const top = values.reduce((most, row) => Math.max(most, row.end, row.high ?? 0), -Infinity);
  const x = { type: 'quantitative', title: null, axis: axisFormat(total.unit), scale: { domain: [0, top * 1.05 || 1], nice: false } };
  const y = { field: 'bar', type: 'nominal', title: null, sort: null };
  return houseSpec(options, { zh: `${figureName(total, 'zh')}:各部分与总数`, en: `${figureName(total, 'en')}: parts against the total (${formatRange(interval, total.unit, 'en')})` }, {
    data: { values },
    height: { step: 40 },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', height: 22, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x: { field: 'start', ...x }, x2: { field: 'end' },
          color: { field: 'name', type: 'nominal', title: null, legend: { columns: 1 } },
          tooltip: [{ field: 'name', title: messages.tooltipIndicatorZh() }, { field: 'name_en', title: messages.tooltipIndicatorEn() }, { field: 'written', title: messages.tooltipWritten() }],
        },
      },
      {
        transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }],
        mark: { type: 'rule', color: '#000000', strokeWidth: 2 },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  });
}
