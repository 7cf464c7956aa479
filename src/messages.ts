import type { Qualifier } from './quantity/types.ts';

/** A value quoted for a message: JSON quoting, so that control characters and lone surrogates show. */
const quote = (text: string): string => JSON.stringify(text);

const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: 'exact',
  at_least: 'at least',
  above: 'above',
  at_most: 'at most',
  about: 'about',
  nearly: 'nearly',
  more_than: 'more than',
};

/**
 * Every user-facing sentence of the library: error messages, warnings and verdicts. Each entry
 * is a function of the values it names, so that a message always shows the offending value and
 * says what to do. Entries are grouped by area, one comment per group; add a key to the group
 * of its area (or a new group), never a string literal elsewhere.
 */
export const messages = {
  // Quantities (src/quantity): the sentence a QuantityParseError carries.
  quantityParse: (input: string, position: number, reason: string): string =>
    `Cannot read ${quote(input)} as a quantity: ${reason} at position ${position}. ` +
    'Write a number such as "273.46亿元", "10%以上" or "2.35:1".',

  // Quantities: reasons, each a phrase that reads before "at position N".
  quantityNotText: (type: string): string => `a value of type ${type} where text was expected`,
  quantityExpectedNumber: (): string => 'expected a number',
  quantityUnexpected: (text: string): string => `unexpected ${quote(text)}`,
  quantitySecondNumber: (text: string): string => `unexpected ${quote(text)} (only one number can be read)`,
  quantityBadGrouping: (text: string): string =>
    `unexpected ${quote(text)} (thousands separators group digits by exactly three)`,
  quantityExpectedDigitAfter: (mark: string): string => `expected a digit after ${quote(mark)}`,
  quantityExpectedGroup: (): string => 'expected three digits after "," (thousands separators group digits by exactly three)',
  quantityConflict: (word: string, qualifier: Qualifier, earlier: string, earlierQualifier: Qualifier): string =>
    `${quote(word)} (${QUALIFIER_NAMES[qualifier]}) contradicting ${quote(earlier)} (${QUALIFIER_NAMES[earlierQualifier]})`,
  quantityNegative: (unitText: string): string =>
    `a minus sign on ${unitText === ':' ? 'a ratio' : unitText === '' ? 'a quantity' : quote(unitText)} (never negative)`,
  quantityTooLarge: (): string => 'a number too large to represent',
  quantityZeroRatio: (): string => 'a ratio whose second term is zero',

  // Quantities: arguments of roundingInterval (programming errors).
  invalidScale: (scale: unknown): string =>
    `Cannot use ${String(scale)} as a scale: a scale multiplies the written number into base units. ` +
    'Pass a positive number such as 1, 10000 (万), 100000000 (亿) or 1000000000000 (万亿).',
  invalidQualifier: (qualifier: unknown): string =>
    `Cannot use ${quote(String(qualifier))} as a qualifier. Pass one of ${Object.keys(QUALIFIER_NAMES).map(quote).join(', ')}.`,
};
