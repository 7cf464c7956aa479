import type { Interval, Qualifier } from './types.ts';
/**
 * The interval of values a written number stands for, given its scale and qualifier, in base
 * units. The bounds are computed exactly from the digits written, then rounded once to the
 * nearest double, so `273.46` 亿 gives exactly [27345500000, 27346500000]. With `h` half a unit
 * of the last written digit times the scale and `v` the value:
 * exact [v − h, v + h]; at_least [v − h, ∞); above [v, ∞); at_most [floor, v + h] (floor −∞ when
 * signed, else 0); about v ± (|v|·ABOUT_TOLERANCE + h); nearly [v − |v|·NEARLY_TOLERANCE, v + h];
 * more_than [v, v + 10^k·scale] with k the place of the last non-zero digit. For negative values
 * `nearly` and `more_than` mirror (they speak of size). For an unsigned unit no bound is below 0.
 * A ratio `a:b` gives the interval of `a` divided by `b`.
 *
 * @param written - The number as written: digits, optional `,` thousands separators grouping by
 *   three, optional decimals, an optional leading `-`/`−`/`+`; or a ratio such as `2.35:1`
 *   (the `value` of a parsed quantity).
 * @param scale - The scale multiplier, e.g. 1, 10000 (万), 100000000 (亿).
 * @param qualifier - The qualifier the words around the number set.
 * @param signed - Whether the unit can be negative (see `UNITS`).
 * @returns A new closed interval `{ low, high }`; an open side is -Infinity / Infinity.
 * @throws {QuantityParseError} When `written` is not a written number (the position points into
 *   `written`), is negative while `signed` is false, is too large for a double, or is a ratio with a zero second term.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when `scale` is not a positive finite number
 *   or `qualifier` is not one of `QUALIFIERS`.
 * @example
 * roundingInterval('273.46', 100000000, 'exact', false)
 * // => { low: 27345500000, high: 27346500000 }
 * roundingInterval('10', 1, 'at_least', true)
 * // => { low: 9.5, high: Infinity }
 * roundingInterval('3', 1, 'at_most', false)
 * // => { low: 0, high: 3.5 }
 * roundingInterval('5.5', 1, 'about', true)
 * // => { low: 5.175, high: 5.825 }
 * roundingInterval('700', 1, 'nearly', false)
 * // => { low: 665, high: 700.5 }
 * roundingInterval('1.5', 10000, 'more_than', false)
 * // => { low: 15000, high: 16000 }
 * roundingInterval('2.35:1', 1, 'exact', false)
 * // => { low: 2.345, high: 2.355 }
 * roundingInterval('12..5', 1, 'exact', true)
 * // => throws QuantityParseError
 */
export declare function roundingInterval(written: string, scale: number, qualifier: Qualifier, signed: boolean): Interval;
