import type { Quantity } from './types.ts';
/**
 * Reads a quantity as Chinese government reports write it: `273.46亿元`, `10%以上`,
 * `累计28万亩以上`, `50余份`, `2.35:1`. The text is normalised first (full-width digits and
 * punctuation to ASCII, one character for one, so positions still point into the input), then read
 * as: qualifier words before the number (累计, 预计, 约, 近, 超过, 突破, 不低于…), an optional sign,
 * the number (thousands separators must group by three), 余/多, a scale word (万, 亿, 万亿), 余/多,
 * a unit of `UNITS` (the longest that fits), then qualifier words after it (以上, 以内, 左右, 余…).
 * Whitespace may stand between any of these. A ratio `a:b` takes no scale word nor unit.
 *
 * @param input - The text of one quantity, e.g. a claim's surface.
 * @returns A new quantity: the number as written, its scale, unit, amount in plain units,
 *   qualifier and the interval of values it stands for (see `roundingInterval`).
 * @throws {QuantityParseError} When the text is not one quantity (empty, no number, two numbers,
 *   stray characters, malformed digits, words that contradict each other, a minus sign on a unit
 *   that cannot be negative, a number too large for a double), with the position of the first
 *   character that could not be read.
 * @example
 * parse('273.46亿元').amount
 * // => 27346000000
 * parse('273.46亿元').interval
 * // => { low: 27345500000, high: 27346500000 }
 * parse('10%以上').interval
 * // => { low: 9.5, high: Infinity }
 * parse('累计28万亩以上').qualifierText
 * // => ['累计', '以上']
 * parse('50余份').interval
 * // => { low: 50, high: 60 }
 * parse('2.35:1').number
 * // => 2.35
 * parse('１,２３４.５万元').value
 * // => '1,234.5'
 * parse('12..5亿元')
 * // => throws QuantityParseError
 */
export declare function parse(input: string): Quantity;
