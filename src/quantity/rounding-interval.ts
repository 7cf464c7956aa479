import { FactcheckError } from '../errors/factcheck-error.ts';
import { QuantityParseError } from '../errors/quantity-parse-error.ts';
import { messages } from '../messages/index.ts';
import { ABOUT_TOLERANCE, NEARLY_TOLERANCE } from './qualifiers.ts';
import type { Interval, Qualifier } from './types.ts';

/**
 * Exact integer arithmetic in one of two number types: doubles while every intermediate is a safe
 * integer (numbers of up to 15 significant digits, the written figures of reports), BigInt beyond.
 * The same bound formulas run on either, so both give the same decimals, rounded once at the end.
 */
interface Arith<T> {
  of: (digits: string) => T;
  /** The nearest double to `a × 10^exponent`, rounded once; `undefined` where this arithmetic has no exact shortcut. */
  scaled: (a: T, exponent: number) => number | undefined;
  int: (value: number) => T;
  add: (a: T, b: T) => T;
  mul: (a: T, b: T) => T;
  pow10: (k: number) => T;
  negative: (a: T) => boolean;
  neg: (a: T) => T;
  isZero: (a: T) => boolean;
}

/** Thrown inside the double arithmetic when a result would not be exact; the BigInt arithmetic takes over. */
const UNSAFE = Symbol('unsafe');
const safe = (value: number): number => {
  if (!Number.isSafeInteger(value)) throw UNSAFE;
  return value;
};
/** The powers of ten a double holds exactly (10^0 to 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
const DOUBLES: Arith<number> = {
  of: (digits) => (digits.length <= 15 ? Number(digits) : safe(Number.NaN)),
  // A safe integer times an exact power of ten is exact while the product is a safe integer; a safe
  // integer divided by one is rounded once by the division (IEEE 754), as reading the decimal would be.
  scaled: (a, exponent) => {
    if (exponent >= 0) {
      const product = exponent <= 22 ? a * (EXACT_POWERS[exponent] as number) : Number.NaN;
      return Number.isSafeInteger(product) ? product : undefined;
    }
    return -exponent <= 22 ? a / (EXACT_POWERS[-exponent] as number) : undefined;
  },
  int: (value) => value,
  add: (a, b) => safe(a + b),
  mul: (a, b) => safe(a * b),
  pow10: (k) => (k <= 15 ? 10 ** k : safe(Number.NaN)),
  negative: (a) => a < 0,
  neg: (a) => (a === 0 ? 0 : -a),
  isZero: (a) => a === 0,
};
const BIGINTS: Arith<bigint> = {
  of: (digits) => BigInt(digits),
  scaled: () => undefined,
  int: (value) => BigInt(value),
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
  pow10: (k) => 10n ** BigInt(k),
  negative: (a) => a < 0n,
  neg: (a) => -a,
  isZero: (a) => a === 0n,
};

/** An exact decimal, `units × 10^exponent`: bounds are computed on these and rounded once, at the end. */
interface Decimal<T> {
  units: T;
  exponent: number;
}

/** A written number, read: its parts as text, so that either arithmetic can take them up. */
interface Written {
  negative: boolean;
  /** The left term's digits, without sign, separators or point (273.46 → "27346"). */
  digits: string;
  decimals: number;
  /** The right term of a ratio; 1 otherwise. */
  divisor: number;
}

/** The grammar of a written number: it lives here only, and `parse` reads numbers through it. */
const TERM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WRITTEN = new RegExp(`^[-−+]?${TERM}(?::${TERM})?$`);
/** Enough to complete any readable prefix: a missing digit, or up to three of a thousands group. */
const COMPLETIONS = ['', '0', '00', '000'];

const isReadablePrefix = (text: string): boolean => COMPLETIONS.some((end) => WRITTEN.test(text + end));

/** How many numbers `decimalOf` remembers (scales and tolerances; any number may be passed, so the memory is bounded). */
const DECIMALS_KEPT = 64;

/** The decimal arithmetic on one number type. */
function decimals<T>(arith: Arith<T>) {
  const decimal = (units: T, exponent: number): Decimal<T> => ({ units, exponent });
  const times = (a: Decimal<T>, b: Decimal<T>): Decimal<T> => decimal(arith.mul(a.units, b.units), a.exponent + b.exponent);
  const plus = (a: Decimal<T>, b: Decimal<T>): Decimal<T> => {
    const exponent = Math.min(a.exponent, b.exponent);
    const align = (d: Decimal<T>) => (d.exponent === exponent ? d.units : arith.mul(d.units, arith.pow10(d.exponent - exponent)));
    return decimal(arith.add(align(a), align(b)), exponent);
  };
  const minus = (a: Decimal<T>, b: Decimal<T>): Decimal<T> => plus(a, decimal(arith.neg(b.units), b.exponent));
  const magnitude = (a: Decimal<T>): Decimal<T> => (arith.negative(a.units) ? decimal(arith.neg(a.units), a.exponent) : a);
  /** The nearest double, rounded once (JavaScript reads a decimal literal correctly rounded); never -0. */
  const toNumber = (a: Decimal<T>): number => (arith.scaled(a.units, a.exponent) ?? Number(`${String(a.units)}e${a.exponent}`)) || 0;
  /** A positive finite number as the decimal its shortest form shows (0.05 → 5 × 10^-2, 1e8 → 1 × 10^8). */
  const known = new Map<number, Decimal<T>>();
  const decimalOf = (x: number): Decimal<T> => {
    // Only scales and tolerances come here: a handful of numbers, each read once.
    const found = known.get(x);
    if (found) return found;
    const [, whole = '', fraction = '', power = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x)) ?? [];
    // Trailing zeros go to the exponent (1e8 → 1 × 10^8), so that products stay small.
    const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
    const significant = digits.replace(/0+$/, '') || '0';
    const read = decimal(arith.of(significant), Number(power) - fraction.length + (significant === '0' ? 0 : digits.length - significant.length));
    if (known.size < DECIMALS_KEPT) known.set(x, read);
    return read;
  };
  return { decimal, times, plus, minus, magnitude, toNumber, decimalOf };
}
const ON_DOUBLES = decimals(DOUBLES);
const ON_BIGINTS = decimals(BIGINTS);

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

/** How long a plain number may be to be read by `plainWritten`: far from the digits a double overflows at. */
const PLAIN_LENGTH = 300;

/**
 * A written number of the plainest form (an optional sign, digits, one point between digits; no
 * separators, no second term), read without patterns; `undefined` for any other form, which
 * `readWritten` reads through the grammar. Both give the same parts.
 */
function plainWritten(written: string): Written | undefined {
  if (written.length > PLAIN_LENGTH) return undefined;
  const sign = written.charCodeAt(0);
  const negative = sign === 45 || sign === 0x2212;
  const from = negative || sign === 43 ? 1 : 0;
  let point = -1;
  for (let i = from; i < written.length; i += 1) {
    const code = written.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (code !== 46 || point >= 0 || i === from) return undefined;
    point = i;
  }
  if (written.length === from || point === written.length - 1) return undefined;
  const whole = point < 0 ? written.slice(from) : written.slice(from, point);
  const fraction = point < 0 ? '' : written.slice(point + 1);
  const digits = whole + fraction;
  let zeros = 0;
  while (zeros < digits.length - 1 && digits.charCodeAt(zeros) === 48) zeros += 1;
  return { negative, digits: zeros > 0 ? digits.slice(zeros) : digits, decimals: fraction.length, divisor: 1 };
}

function readWritten(written: string): Written {
  if (typeof written === 'string') {
    const plain = plainWritten(written);
    if (plain) return plain;
  }
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
  return { negative, digits: (whole + fraction).replace(/^0+(?=\d)/, ''), decimals: fraction.length, divisor };
}

function bounds<T>(arith: Arith<T>, on: ReturnType<typeof decimals<T>>, qualifier: Qualifier, term: Written, scaleOf: number, signed: boolean): [number, number] {
  const { decimal, times, plus, minus, magnitude, toNumber, decimalOf } = on;
  const digits = arith.of(term.digits);
  const value = times(decimal(term.negative ? arith.neg(digits) : digits, -term.decimals), decimalOf(scaleOf));
  const scale = decimalOf(scaleOf);
  const half = times(times(decimal(arith.int(1), -term.decimals), scale), decimal(arith.int(5), -1));
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
      // One unit of the last non-zero digit (50 → 10, 1.5 → 0.1); of the last written digit for 0.
      const trailingZeros = /0*$/.exec(term.digits)?.[0].length ?? 0;
      const step = times(decimal(arith.int(1), arith.isZero(digits) ? -term.decimals : trailingZeros - term.decimals), scale);
      return term.negative ? [toNumber(minus(value, step)), toNumber(value)] : [toNumber(value), toNumber(plus(value, step))];
    }
    default:
      throw new FactcheckError('INVALID_ARGUMENT', messages.invalidQualifier(qualifier));
  }
}

/**
 * The bounds of a written number, computed exactly: on doubles where every intermediate stays a
 * safe integer (any number of up to 15 significant digits at the scales reports use), else on
 * BigInt. `arithmetic` forces one of them (for the test that holds the two equal).
 */
export function exactBounds(qualifier: Qualifier, term: Written, scale: number, signed: boolean, arithmetic: 'auto' | 'bigint' | 'double' = 'auto'): [number, number] {
  if (arithmetic !== 'bigint') {
    try {
      return bounds(DOUBLES, ON_DOUBLES, qualifier, term, scale, signed);
    } catch (error) {
      if (error !== UNSAFE || arithmetic === 'double') throw error === UNSAFE ? new RangeError('not exact on doubles') : error;
    }
  }
  return bounds(BIGINTS, ON_BIGINTS, qualifier, term, scale, signed);
}

/** Reads a written number into its parts (see `roundingInterval`), for `exactBounds`. */
export { readWritten };

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
  const [low, high] = exactBounds(qualifier, term, scale, signed);
  const interval = { low: (signed ? low : Math.max(low, 0)) / term.divisor, high: high / term.divisor };
  // An end the qualifier leaves open is ±Infinity by design; any other infinite end is an overflow.
  const openLow = qualifier === 'at_most' && signed;
  const openHigh = qualifier === 'at_least' || qualifier === 'above';
  if ((!openLow && !Number.isFinite(interval.low)) || (!openHigh && !Number.isFinite(interval.high))) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.intervalTooLarge(written, scale));
  }
  return interval;
}
