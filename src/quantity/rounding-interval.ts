import { FactcheckError } from '../errors/factcheck-error.ts';
import { QuantityParseError } from '../errors/quantity-parse-error.ts';
import { messages } from '../messages/index.ts';
import { ABOUT_TOLERANCE, NEARLY_TOLERANCE } from './qualifiers.ts';
import type { Interval, Qualifier } from './types.ts';

/** An exact decimal, `units × 10^exponent`: bounds are computed on these and rounded once, at the end. */
interface Decimal {
  units: bigint;
  exponent: number;
}

/** A written number, read. */
interface Written {
  negative: boolean;
  /** The left term's digits, signed, as an exact decimal (273.46 → 27346 × 10^-2). */
  value: Decimal;
  /** 10^k with k the place of the last non-zero digit (50 → 10, 1.5 → 0.1); one unit of the last digit for 0. */
  step: Decimal;
  decimals: number;
  /** The right term of a ratio; 1 otherwise. */
  divisor: number;
}

/** The grammar of a written number: it lives here only, and `parse` reads numbers through it. */
const TERM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WRITTEN = new RegExp(`^[-−+]?${TERM}(?::${TERM})?$`);
/** Enough to complete any readable prefix: a missing digit, or up to three of a thousands group. */
const COMPLETIONS = ['', '0', '00', '000'];
const HALF: Decimal = { units: 5n, exponent: -1 };

const isReadablePrefix = (text: string): boolean => COMPLETIONS.some((end) => WRITTEN.test(text + end));

const decimal = (units: bigint, exponent: number): Decimal => ({ units, exponent });
const times = (a: Decimal, b: Decimal): Decimal => decimal(a.units * b.units, a.exponent + b.exponent);
const plus = (a: Decimal, b: Decimal): Decimal => {
  const exponent = Math.min(a.exponent, b.exponent);
  const align = (d: Decimal) => d.units * 10n ** BigInt(d.exponent - exponent);
  return decimal(align(a) + align(b), exponent);
};
const minus = (a: Decimal, b: Decimal): Decimal => plus(a, decimal(-b.units, b.exponent));
const magnitude = (a: Decimal): Decimal => (a.units < 0n ? decimal(-a.units, a.exponent) : a);
/** The nearest double, rounded once (JavaScript reads a decimal literal correctly rounded); never -0. */
const toNumber = (a: Decimal): number => Number(`${a.units}e${a.exponent}`) || 0;

/** A positive finite number as the decimal its shortest form shows (0.05 → 5 × 10^-2, 1e8 → 1 × 10^8). */
function decimalOf(x: number): Decimal {
  const [, whole = '', fraction = '', power = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x)) ?? [];
  return decimal(BigInt(whole + fraction), Number(power) - fraction.length);
}

/** Where a malformed written number stops making sense, and why. */
function unreadable(written: string): QuantityParseError {
  // Every prefix of a readable prefix is readable, so the longest one can be found by bisection.
  let readable = 0;
  let unreadableFrom = written.length + 1;
  while (unreadableFrom - readable > 1) {
    const middle = (readable + unreadableFrom) >> 1;
    if (isReadablePrefix(written.slice(0, middle))) readable = middle;
    else unreadableFrom = middle;
  }
  return new QuantityParseError(written, readable, reasonAt(written, readable));
}

function reasonAt(written: string, position: number): string {
  const before = written.slice(0, position);
  const code = written.codePointAt(position);
  if (code === undefined) {
    if (before === '') return messages.quantityExpectedNumber();
    if (/,\d{0,2}$/.test(before)) return messages.quantityExpectedGroup();
    return messages.quantityExpectedDigitAfter(before.slice(-1));
  }
  const char = String.fromCodePoint(code);
  return /[\d,]/.test(char) ? messages.quantityBadGrouping(char) : messages.quantityUnexpected(char);
}

function readWritten(written: string): Written {
  if (typeof written !== 'string' || !WRITTEN.test(written)) throw unreadable(String(written));
  const signLength = /^[-−+]/.test(written) ? 1 : 0;
  const negative = /^[-−]/.test(written);
  const [left = '', right] = written.slice(signLength).replaceAll(',', '').split(':');
  if (!Number.isFinite(Number(left))) throw new QuantityParseError(written, signLength, messages.quantityTooLarge());
  const divisor = right === undefined ? 1 : Number(right);
  const rightAt = written.indexOf(':') + 1;
  if (divisor === 0) throw new QuantityParseError(written, rightAt, messages.quantityZeroRatio());
  if (!Number.isFinite(divisor)) throw new QuantityParseError(written, rightAt, messages.quantityTooLarge());
  const [whole = '', fraction = ''] = left.split('.');
  const digits = BigInt(whole + fraction);
  const trailingZeros = /0*$/.exec(String(digits))?.[0].length ?? 0;
  return {
    negative,
    value: decimal(negative ? -digits : digits, -fraction.length),
    step: decimal(1n, digits === 0n ? -fraction.length : trailingZeros - fraction.length),
    decimals: fraction.length,
    divisor,
  };
}

function bounds(qualifier: Qualifier, term: Written, scale: Decimal, signed: boolean): [number, number] {
  const value = times(term.value, scale);
  const half = times(times(decimal(1n, -term.decimals), scale), HALF);
  switch (qualifier) {
    case 'exact':
      return [toNumber(minus(value, half)), toNumber(plus(value, half))];
    case 'at_least':
      return [toNumber(minus(value, half)), Infinity];
    case 'above':
      return [toNumber(value), Infinity];
    case 'at_most':
      return [signed ? -Infinity : 0, toNumber(plus(value, half))];
    case 'about': {
      const spread = plus(times(magnitude(value), decimalOf(ABOUT_TOLERANCE)), half);
      return [toNumber(minus(value, spread)), toNumber(plus(value, spread))];
    }
    case 'nearly': {
      // 近 speaks of size: the true figure falls short of the written one in magnitude.
      const shortfall = times(magnitude(value), decimalOf(NEARLY_TOLERANCE));
      return term.negative
        ? [toNumber(minus(value, half)), toNumber(plus(value, shortfall))]
        : [toNumber(minus(value, shortfall)), toNumber(plus(value, half))];
    }
    case 'more_than': {
      // 余 and 多 speak of size too: fifty-odd is 50 to 60, and minus fifty-odd is -60 to -50.
      const step = times(term.step, scale);
      return term.negative ? [toNumber(minus(value, step)), toNumber(value)] : [toNumber(value), toNumber(plus(value, step))];
    }
    default:
      throw new FactcheckError('INVALID_ARGUMENT', messages.invalidQualifier(qualifier));
  }
}

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
export function roundingInterval(written: string, scale: number, qualifier: Qualifier, signed: boolean): Interval {
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.invalidScale(scale));
  }
  const term = readWritten(written);
  if (term.negative && !signed) throw new QuantityParseError(written, 0, messages.quantityNegative(''));
  const [low, high] = bounds(qualifier, term, decimalOf(scale), signed);
  const interval = { low: (signed ? low : Math.max(low, 0)) / term.divisor, high: high / term.divisor };
  // An end the qualifier leaves open is ±Infinity by design; any other infinite end is an overflow.
  const openLow = qualifier === 'at_most' && signed;
  const openHigh = qualifier === 'at_least' || qualifier === 'above';
  if ((!openLow && !Number.isFinite(interval.low)) || (!openHigh && !Number.isFinite(interval.high))) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.intervalTooLarge(written, scale));
  }
  return interval;
}
