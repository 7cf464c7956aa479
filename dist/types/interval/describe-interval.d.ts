import type { Language } from '../text/format-value.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
/**
 * Writes an interval for a reader, as the published sentences do: 万 and 亿 in Chinese, million
 * and billion in English, open ends as 以上/以内 or "at least"/"at most".
 *
 * @param interval - An interval, or `null` (a not-comparable result has none).
 * @param unit - The unit of its ends.
 * @param language - `zh` (default) or `en`.
 * @returns The text.
 * @example
 * describeInterval({ low: 21650000000, high: 21750000000 }, 'yuan')
 * // => '216.5亿元至217.5亿元'
 * describeInterval({ low: 9.5, high: Infinity }, 'percent', 'en')
 * // => 'at least 9.5%'
 * describeInterval(null, 'yuan', 'en')
 * // => 'no interval'
 */
export declare function describeInterval(interval: Interval | null, unit: UnitCode | null, language?: Language): string;
