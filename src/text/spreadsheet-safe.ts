/** A cell a spreadsheet would read as a formula: text starting with =, +, -, @, a tab or a carriage return. */
const FORMULA = /^[=+\-@\t\r]/;
/** Plain numbers written as text (-0.5, +3) are data, not formulas, and stay as they are. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A CSV cell made safe to open in a spreadsheet: text that a spreadsheet would run as a formula
 * gets a leading apostrophe (`'=HYPERLINK(…)`), the usual guard, which spreadsheets show as the
 * text itself. Numbers, and text that is a plain number, stay as they are. `readClaimsCsv` reads
 * such a cell back without the apostrophe.
 *
 * @param value - A cell value.
 * @returns The value, guarded where it is formula-like text.
 * @example
 * [spreadsheetSafe('=HYPERLINK("http://x")'), spreadsheetSafe('-0.5'), spreadsheetSafe(-3), spreadsheetSafe('武隆')]
 * // => ['\'=HYPERLINK("http://x")', '-0.5', -3, '武隆']
 */
export function spreadsheetSafe<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}
