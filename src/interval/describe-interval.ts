import { checkedInterval } from './checked-interval.ts';
import { formatRange } from '../text/format-interval.ts';
import type { Language } from '../text/format-value.ts';
import { messages } from '../messages/index.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
import { figureText } from '../report/figure-text.ts';
import type { Figure } from '../report/types.ts';
import { UNITS } from '../quantity/units.ts';

const isFigure = (value: unknown): value is Figure => typeof value === 'object' && value !== null && 'id' in value && 'surface' in value;

/**
 * Writes an interval for a reader, as the published sentences do: 万 and 亿 in Chinese, million
 * and billion in English, open ends as 以上/以内 or "at least"/"at most". Given a figure, writes it
 * as the report wrote it (`1100元以上`, `10%以上`; in English `at least 1,100 yuan`), with the
 * interval its digits stand for beside it where that says more (`1100元以上(1099.5元以上)`).
 *
 * @param interval - An interval, or `null` (a not-comparable result has none); or a figure (`fig(id)`).
 * @param unit - The unit of its ends (for a figure, its own unit; may be left out).
 * @param language - `zh` (default) or `en`.
 * @returns The text.
 * @example
 * describeInterval({ low: 21650000000, high: 21750000000 }, 'yuan')
 * // => '216.5亿元至217.5亿元'
 * describeInterval({ low: 9.5, high: Infinity }, 'percent', 'en')
 * // => 'at least 9.5%'
 * describeInterval(null, 'yuan', 'en')
 * // => 'no interval'
 * [describeInterval(fig('tourism_spend_per_visitor_2024_target')), describeInterval(fig('imports_exports_growth_2024_target'), 'en')]
 * // => ['1100元以上(考虑四舍五入为1099.5元以上)', 'at least 10% (at least 9.5%, allowing for rounding)']
 * describeInterval(fig('new_urban_jobs_2023'))
 * // => '3159人'
 */
export function describeInterval(interval: Figure, language?: Language): string;
export function describeInterval(interval: Interval | null, unit: UnitCode | null, language?: Language): string;
export function describeInterval(interval: Interval | Figure | null, unit?: UnitCode | null | Language, language: Language = 'zh'): string {
  if (isFigure(interval)) {
    const lang = unit === 'en' || unit === 'zh' ? unit : language;
    const written = figureText(interval, lang);
    const range = formatRange(checkedInterval(interval.interval, 'The interval'), interval.unit, lang, { exact: true });
    // A count of whole things written exactly (3159人) is what it says: nothing to add.
    const whole = UNITS.find((row) => row.code === interval.unit)?.integer === true && interval.scale === 1 && Number.isInteger(interval.number) && interval.qualifier === 'exact';
    const exact = whole || interval.interval.low === interval.interval.high || range === written;
    return exact ? written : messages.writtenWithRange(lang, written, range);
  }
  return interval === null ? messages.noInterval(language) : formatRange(checkedInterval(interval, 'The interval'), unit as UnitCode | null, language);
}
