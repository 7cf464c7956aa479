import { FactcheckError } from '../errors/factcheck-error.ts';
import { QuantityParseError } from '../errors/quantity-parse-error.ts';
import { messages } from '../messages/index.ts';
import { QUALIFIER_WORDS } from './qualifiers.ts';
import { roundingInterval } from './rounding-interval.ts';
import type { Interval, Qualifier, QualifierWord, Quantity, Scale, UnitInfo } from './types.ts';
import { UNITS, unitOf } from './units.ts';
import { TRADITIONAL_FORMS } from './traditional-forms.ts';
import { chineseInteger, isChineseNumeral } from './chinese-integer.ts';

/** Full-width (and typographic minus) characters mapped one for one, so positions stay those of the input. */
const NARROW: Readonly<Record<string, string>> = { '％': '%', '．': '.', '，': ',', '：': ':', '∶': ':', '＋': '+', '－': '-', '−': '-' };
const FULL_WIDTH_ZERO = 0xff10;

/** Longest first, so that 人次 wins over 人, 万亿 over 万, 超过 over 超. */
const longestFirst = <T extends { zh: string }>(items: readonly T[]): readonly T[] =>
  [...items].sort((a, b) => b.zh.length - a.zh.length);

/** Items grouped by their first character, each group longest first: a lookup reads only the words that can start here. */
type ByFirst<T> = ReadonlyMap<number, readonly T[]>;
const byFirst = <T extends { zh: string }>(items: readonly T[]): ByFirst<T> => {
  const groups = new Map<number, T[]>();
  for (const item of longestFirst(items)) {
    const first = item.zh.charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(item);
    else groups.set(first, [item]);
  }
  return groups;
};

interface ScaleWord { zh: string; scale: Scale; exponent: number }
const SCALES = byFirst<ScaleWord>([
  { zh: '万亿', scale: 1000000000000, exponent: 12 },
  { zh: '亿', scale: 100000000, exponent: 8 },
  { zh: '万', scale: 10000, exponent: 4 },
]);
const WRITTEN_UNITS = byFirst(UNITS.filter((unit) => unit.code !== 'number' && unit.code !== 'ratio'));
const BEFORE_WORDS = byFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'before'));
const AFTER_WORDS = byFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'after'));
const MORE_THAN_WORDS = byFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'after' && word.qualifier === 'more_than'));
const NUMBER_UNIT = unitOf('') as UnitInfo;
const RATIO_UNIT = unitOf(':') as UnitInfo;

/** A qualifier word found, with where it stands. */
interface Found {
  word: QualifierWord;
  position: number;
}

/** The state of one parse: the input, its normalised twin (same length), and how far reading got. */
interface Reading {
  input: string;
  text: string;
  position: number;
  found: Found[];
  /** The first word found that sets a bound; every later bound word must agree with it. */
  bound: Found | undefined;
  /** A number that reads but means nothing (a ratio a:0), reported only if nothing after it fails first. */
  meaningless?: { position: number; reason: string };
}

/** The UTF-16 units `normalise` changes, marked 1 in a table indexed by the unit. */
const CHANGES = new Uint8Array(0x10000);
for (const char of [...Object.keys(NARROW), ...Object.keys(TRADITIONAL_FORMS)]) CHANGES[char.charCodeAt(0)] = 1;
for (let digit = 0; digit <= 9; digit++) CHANGES[FULL_WIDTH_ZERO + digit] = 1;

function normalise(input: string): string {
  // Most surfaces are plain already: they are returned as they are, without a copy.
  let index = 0;
  while (index < input.length && CHANGES[input.charCodeAt(index)] === 0) index++;
  if (index === input.length) return input;
  let text = input.slice(0, index);
  for (; index < input.length; index++) {
    const char = input[index] ?? '';
    const offset = input.charCodeAt(index) - FULL_WIDTH_ZERO;
    text += offset >= 0 && offset <= 9 ? String(offset) : (NARROW[char] ?? TRADITIONAL_FORMS[char] ?? char);
  }
  return text;
}

/** What may stand between the parts of a quantity and is not read: whitespace, the zero-width space, and the footnote marks of PDF text (①, ※, *). */
const BETWEEN = /[\s\u200b\u2460-\u2473※*]/;
/** Whether a UTF-16 unit may stand between the parts (`BETWEEN`), without a pattern for the common ones: ASCII letters of no space, and CJK ideographs. */
const between = (text: string, position: number): boolean => {
  const code = text.charCodeAt(position);
  if (Number.isNaN(code)) return false;
  if ((code > 0x20 && code < 0x7f && code !== 0x2a) || (code >= 0x4e00 && code <= 0x9fff)) return false;
  return BETWEEN.test(text[position] as string);
};

/** The mark that a bound includes its number (90（含）平方米以下, 30岁（含）以下), read as nothing between the parts. */
const INCLUSIVE = /^[（(]含[)）]/;

function skipSpace(reading: Reading): void {
  for (;;) {
    while (between(reading.text, reading.position)) reading.position++;
    const code = reading.text.charCodeAt(reading.position);
    if ((code !== 0xff08 && code !== 0x28) || !INCLUSIVE.test(reading.text.slice(reading.position, reading.position + 3))) return;
    reading.position += 3;
  }
}

/** Why a surface is not one quantity, and where: what `parse` throws as a `QuantityParseError`. */
interface Unreadable {
  unreadable: typeof UNREADABLE;
  position: number;
  reason: string;
}
const UNREADABLE = Symbol('unreadable');
const isUnreadable = (value: unknown): value is Unreadable => typeof value === 'object' && value !== null && (value as Unreadable).unreadable === UNREADABLE;

/** Ends the reading. What is thrown is a plain record, not an error: a reader that only asks whether a surface reads (`parseOrNull`) pays for no stack trace. */
function fail(_reading: Reading, position: number, reason: string): never {
  const unreadable: Unreadable = { unreadable: UNREADABLE, position, reason };
  throw unreadable;
}

function unexpectedAt(reading: Reading, position: number): never {
  const char = String.fromCodePoint(reading.input.codePointAt(position) ?? 0);
  const second = /\d/.test(reading.text[position] ?? '');
  fail(reading, position, second ? messages.quantitySecondNumber(char) : messages.quantityUnexpected(char));
}

/** The longest of `items` written at the current position, consumed with the space after it. */
function take<T extends { zh: string; notBefore?: string }>(reading: Reading, items: ByFirst<T>): T | undefined {
  const candidates = items.get(reading.text.charCodeAt(reading.position));
  if (candidates === undefined) return undefined;
  for (const candidate of candidates) {
    const end = wordEnd(reading.text, reading.position, candidate.zh);
    if (end >= 0 && !(candidate.notBefore !== undefined && end < reading.text.length && candidate.notBefore.includes(reading.text.charAt(end)))) {
      reading.position = end;
      skipSpace(reading);
      return candidate;
    }
  }
  return undefined;
}

/** Whether a UTF-16 unit is a line break of a page's wrap, which may split a word (以\n上, 个百\n分点): \n, \r, or the zero-width space `unwrapLines` makes of it. */
const isWrap = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x200b;

/** Where `word` ends if it is written at `at`, maybe split by the line breaks of a wrap; -1 if it is not. */
function wordEnd(text: string, at: number, word: string): number {
  let position = at;
  for (let k = 0; k < word.length; k += 1) {
    if (k > 0) while (isWrap(text.charCodeAt(position))) position += 1;
    if (text.charCodeAt(position) !== word.charCodeAt(k)) return -1;
    position += 1;
  }
  return position;
}

/** Reads qualifier words while there are any; a word whose bound contradicts an earlier one is an error. */
function takeWords(reading: Reading, words: ByFirst<QualifierWord>): void {
  for (;;) {
    const position = reading.position;
    const word = take(reading, words);
    if (!word) return;
    const earlier = reading.bound?.word;
    if (reading.found.length > 0 && reading.found.some((found) => found.word.zh === word.zh)) fail(reading, position, messages.quantityRepeated(word.zh));
    if (word.qualifier !== null && earlier?.qualifier && earlier.qualifier !== word.qualifier) {
      fail(reading, position, messages.quantityConflict(word.zh, word.qualifier, earlier.zh, earlier.qualifier));
    }
    const found = { word, position };
    reading.found.push(found);
    if (word.qualifier !== null) reading.bound ??= found;
  }
}

/** A written number that is surely readable and finite: a sign, digits in groups of three or none, a fraction; 15 characters at most. */
const SHORT_PLAIN = /^(?=.{1,15}$)[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Where a run of digits, separators and points that starts at `from` ends. */
function afterDigits(text: string, from: number): number {
  let end = from;
  for (let code = text.charCodeAt(end); (code >= 48 && code <= 57) || code === 46 || code === 44; code = text.charCodeAt(end)) end++;
  return end;
}

/** The written number: an optional sign, then digits, separators and points, or a ratio `a:b`. */
function takeNumber(reading: Reading): { start: number; written: string; ratio: boolean } {
  const start = reading.position;
  const { text } = reading;
  // A count written in Chinese numerals (召开会议八次, 二十三次) is read as its number in digits.
  if (isChineseNumeral(text.charAt(start))) {
    const numeral = chineseInteger(text, start);
    if (numeral === null) fail(reading, start, messages.quantityExpectedNumber());
    // 三分之一, 四分之三: a fraction, read as the ratio of its parts (1:3).
    if (text.startsWith(PARTS_OF, numeral.end)) {
      const part = chineseInteger(text, numeral.end + PARTS_OF.length);
      if (part === null) fail(reading, numeral.end + PARTS_OF.length, messages.quantityExpectedNumber());
      if (numeral.value === 0) fail(reading, start, messages.quantityZeroRatio());
      reading.position = part.end;
      skipSpace(reading);
      return { start, written: `${part.value}:${numeral.value}`, ratio: true };
    }
    // 一半: half, the ratio of its parts (1:2), as 二分之一 is.
    if (numeral.value === 1 && numeral.end === start + 1 && text.charAt(numeral.end) === HALF) {
      reading.position = numeral.end + 1;
      skipSpace(reading);
      return { start, written: '1:2', ratio: true };
    }
    reading.position = numeral.end;
    skipSpace(reading);
    return { start, written: String(numeral.value), ratio: false };
  }
  let end = afterDigits(text, text[start] === '-' || text[start] === '+' ? start + 1 : start);
  const ratio = text[end] === ':';
  if (ratio) end = afterDigits(text, end + 1);
  const written = text.slice(start, end);
  try {
    // roundingInterval owns the grammar of a written number; reading it now, before the words
    // after it, makes the error reported the leftmost one. A short plain number (up to 15
    // characters, no ratio) cannot fail it, and is read once, at the end.
    if (!SHORT_PLAIN.test(written)) roundingInterval(written, 1, 'exact', true);
  } catch (error) {
    if (error instanceof FactcheckError && error.code === 'INVALID_ARGUMENT') fail(reading, start, messages.quantityTooLarge());
    if (!(error instanceof QuantityParseError)) throw error;
    // A stray character after "0:0,000" is the first mistake a reader sees, not the zero it leaves.
    if (error.reason === messages.quantityZeroRatio()) reading.meaningless = { position: start + error.position, reason: error.reason };
    else fail(reading, start + error.position, error.reason);
  }
  reading.position = end;
  skipSpace(reading);
  return { start, written, ratio };
}

/** Both bounds are finite unless the qualifier leaves a side open; otherwise the number was too large. */
function overflows(interval: Interval, qualifier: Qualifier, signed: boolean): boolean {
  const openLow = qualifier === 'at_most' && signed;
  const openHigh = qualifier === 'at_least' || qualifier === 'above';
  return (!openLow && !Number.isFinite(interval.low)) || (!openHigh && !Number.isFinite(interval.high));
}

/**
 * Reads a quantity as Chinese government reports write it: `273.46亿元`, `10%以上`,
 * `累计28万亩以上`, `50余份`, `2.35:1`. The text is normalised first (full-width digits and
 * punctuation to ASCII, one character for one, so positions still point into the input), then read
 * as: qualifier words before the number (累计, 预计, 约, 近, 超过, 突破, 不低于…), an optional sign,
 * the number (thousands separators must group by three; a whole number below 10,000 may be written in Chinese numerals,
 * 二十三次, read as its digits), 余/多, a scale word (万, 亿, 万亿), 余/多,
 * a unit of `UNITS` (the longest that fits), then qualifier words after it (以上, 以内, 左右, 余…).
 * Whitespace and footnote marks (①…⑳, ※, *) may stand between any of these. A ratio `a:b` takes
 * no scale word nor unit.
 *
 * @param input - The text of one quantity, e.g. a claim's surface.
 * @returns The quantity (frozen, and the same object for the same input: a surface is read once
 *   per run): the number as written, its scale, unit, amount in plain units,
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
export function parse(input: string): Quantity {
  if (typeof input !== 'string') throw new QuantityParseError(String(input), 0, messages.quantityNotText(typeof input));
  const read = remembered(input);
  if (isUnreadable(read)) throw new QuantityParseError(input, read.position, read.reason);
  return read;
}

/** What joins a fraction's whole and its part (三分之一). */
const PARTS_OF = '分之';
/** Half, after 一 (一半): a fraction of its own. */
const HALF = '半';

/** A number of doublings (翻一番, 翻了两番多, 翻兩番), at most four, with the words after it, as one pattern's source; and its word. */
export const DOUBLING_WORDS = '翻了?([一两兩二三四])番(多|以上|左右)?';
const DOUBLED = new RegExp(`^${DOUBLING_WORDS}$`);
const DOUBLING = '番';

/** The unit of tenths (三成), which a quantity gives as a percentage. */
const TENTHS = '成';

/** A number of tenths written in digits (3, 3.5) as the percentage it is (30, 35), its digits moved one place. */
function timesTen(written: string): string {
  const point = written.indexOf('.');
  if (point < 0) return written === '0' ? '0' : `${written}0`;
  const moved = `${written.slice(0, point)}${written.charAt(point + 1)}${point + 2 < written.length ? `.${written.slice(point + 2)}` : ''}`;
  return moved.replace(/^0+(?=\d)/, '');
}

/**
 * The interval of a number of tenths written (三成, 3.5成), in percent: rounded to the last tenth written, with its qualifier
 * (三成 is 25% to 35%; 三成以上, 30% or more).
 *
 * @param written - The number of tenths as written in digits.
 * @param qualifier - Its qualifier.
 */
export function tenthsInterval(written: string, qualifier: Qualifier): Interval {
  return roundingInterval(written, 10, qualifier, false);
}

/**
 * The quantity a surface reads as, or `null` where `parse` would throw: for a reader that only
 * asks whether a surface is one quantity, and builds no error where it is not.
 *
 * @param input - The text of one quantity.
 * @returns The quantity `parse` returns, or `null`.
 */
export function parseOrNull(input: string): Quantity | null {
  const read = remembered(input);
  return isUnreadable(read) ? null : read;
}

/**
 * A surface read, from the memo or now. A report writes the same surfaces again and again (5%,
 * 10%以上, 1个): each is read once while it is in use.
 */
function remembered(input: string): Quantity | Unreadable {
  // FNV-1a over the UTF-16 units: a surface is a few characters, hashed here faster than a Map hashes a new string.
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) hash = Math.imul(hash ^ input.charCodeAt(i), 0x01000193);
  const slot = (hash >>> 0) & (MEMO_SLOTS - 1);
  if (MEMO_KEYS[slot] === input) return MEMO_READS[slot] as Quantity | Unreadable;
  // A long surface cut from a long text may be a view of that text: what is remembered is a copy, so that the text is not kept alive.
  const kept = input.length >= DETACH_LENGTH ? [...input].join('') : input;
  let read: Quantity | Unreadable;
  try {
    read = readQuantity(kept);
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    read = error;
  }
  MEMO_KEYS[slot] = kept;
  MEMO_READS[slot] = read;
  return read;
}

/**
 * Surfaces already read, and what they read as (the frozen quantity, or why not): one per slot of
 * a table indexed by the surface's hash, a new surface taking the place of the one in its slot. A
 * report has a few hundred distinct surfaces and a corpus shares many; the table holds the ones in
 * use, and its memory is bounded (MEMO_SLOTS surfaces at most).
 */
const MEMO_SLOTS = 1 << 16;
/** How long a string may be before the runtime makes a cut of it a view of the whole (V8: 13 UTF-16 units). */
const DETACH_LENGTH = 13;
const MEMO_KEYS: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS).fill(undefined);
const MEMO_READS: (Quantity | Unreadable | undefined)[] = new Array<Quantity | Unreadable | undefined>(MEMO_SLOTS).fill(undefined);

/** A written number with its sign; one with a digit that is not 0. */
const SIGNED = /^[-+]/;
const NOT_ZERO = /[1-9]/;

/** Reads one quantity (see `parse`); the result is frozen, since `parse` hands the same object to every caller of one surface. */
function readQuantity(input: string): Quantity {
  // 翻一番, 翻了两番多: doubled once or twice, read as the multiple it makes (2倍, 4倍多).
  const doubled = DOUBLED.exec(input);
  if (doubled) {
    const times = chineseInteger(doubled[1] as string, 0)?.value ?? 0;
    return deepFreeze({ ...readQuantity(`${2 ** times}倍${doubled[2] ?? ''}`), input, unitText: DOUBLING });
  }
  const reading: Reading = { input, text: normalise(input), position: 0, found: [], bound: undefined };
  skipSpace(reading);
  takeWords(reading, BEFORE_WORDS);
  const { start, written, ratio } = takeNumber(reading);
  let scale: ScaleWord | undefined;
  let unit = RATIO_UNIT;
  if (!ratio) {
    takeWords(reading, MORE_THAN_WORDS);
    scale = take(reading, SCALES);
    takeWords(reading, MORE_THAN_WORDS);
    unit = take(reading, WRITTEN_UNITS) ?? NUMBER_UNIT;
  }
  takeWords(reading, AFTER_WORDS);
  // A table's cell with its words (3.5以内) is read with its row's unit after them (see claimReading: 3.5以内%).
  if (!ratio && scale === undefined && unit === NUMBER_UNIT && reading.found.length > 0 && reading.position < input.length) {
    scale = take(reading, SCALES);
    unit = take(reading, WRITTEN_UNITS) ?? NUMBER_UNIT;
  }
  const negative = written.startsWith('-');
  if (negative && !unit.signed) fail(reading, start, messages.quantityNegative(unit.zh));
  if (reading.position < input.length) unexpectedAt(reading, reading.position);
  if (reading.meaningless) fail(reading, reading.meaningless.position, reading.meaningless.reason);

  const digits = written.startsWith('+') ? written.slice(1) : written;
  // 三成, 四成以上: tenths, read as the percentage they are (30%), rounded as tenths are (三成 is 25% to 35%).
  const tenths = unit.zh === TENTHS;
  if (tenths && (scale !== undefined || digits.includes(',') || Number(digits) > 10)) fail(reading, start, messages.quantityTenths());
  const value = tenths ? timesTen(digits) : digits;
  // Most numbers have neither separators nor a second term: they are read without splitting.
  const [left = '', right] = value.includes(',') || value.includes(':') ? value.replaceAll(',', '').split(':') : [value];
  const number = (right === undefined ? Number(left) : Number(left) / Number(right)) || 0;
  const amount = (scale ? Number(`${left}e${scale.exponent}`) : number) || 0;
  const words = reading.found.map((found) => found.word);
  const qualifier = reading.bound?.word.qualifier ?? 'exact';
  const numberAt = SIGNED.test(written) ? start + 1 : start;
  let interval: Interval = { low: 0, high: 0 };
  try {
    interval = tenths ? tenthsInterval(digits, qualifier) : roundingInterval(value, scale?.scale ?? 1, qualifier, unit.signed);
  } catch (error) {
    if (error instanceof FactcheckError && error.code === 'INVALID_ARGUMENT') fail(reading, numberAt, messages.quantityTooLarge());
    throw error;
  }
  if (!Number.isFinite(number) || !Number.isFinite(amount) || overflows(interval, qualifier, unit.signed)) {
    fail(reading, numberAt, messages.quantityTooLarge());
  }
  // Digits that are not all zero must not read as zero (0.000…0001 with hundreds of zeros underflows).
  if (NOT_ZERO.test(left) && (number === 0 || amount === 0 || (interval.low === 0 && interval.high === 0))) fail(reading, numberAt, messages.quantityTooSmall());
  return deepFreeze({
    input,
    value,
    number,
    decimals: left.includes('.') ? left.length - left.indexOf('.') - 1 : 0,
    scale: scale?.scale ?? 1,
    unit: unit.code,
    unitText: ratio ? '' : unit.zh,
    amount,
    qualifier,
    qualifierText: words.length === 0 ? NO_WORDS : words.map((word) => word.zh),
    cumulative: words.some((word) => word.flag === 'cumulative'),
    estimate: words.some((word) => word.flag === 'estimate'),
    interval,
  });
}

/** The qualifier words of a quantity that has none (most have none): one frozen list for all, frozen once. */
const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];

/** The quantity, its interval and its list of words frozen: shared by every reader of its surface, changed by none. */
function deepFreeze(quantity: Quantity): Quantity {
  Object.freeze(quantity.interval);
  if (quantity.qualifierText !== NO_WORDS) Object.freeze(quantity.qualifierText);
  return Object.freeze(quantity);
}
