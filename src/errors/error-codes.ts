/**
 * The stable codes of every error the library throws (`FactcheckError.code`), one per kind of
 * mistake, so that a caller can switch over them and the compiler checks the cases:
 *
 * - `QUANTITY_PARSE`: text that is not a quantity (`parse`);
 * - `CLAIMS_DATA`: a claims table that does not fit its format or its text;
 * - `REPORT_LOAD`: a report folder with a missing or unreadable file, or a catalogue that does not fit;
 * - `UNKNOWN_CLAIM`, `UNKNOWN_VALUE`: an id or a filter value that does not exist;
 * - `NOT_A_QUANTITY`: a date, code or name used as a number;
 * - `NOT_COMPARABLE`: figures a helper cannot set against each other (a zero base, real growth on a level);
 * - `NOT_A_NUMBER`, `NOT_AN_INTERVAL`, `INVALID_ARGUMENT`, `CHECK_ARGUMENTS`: malformed arguments;
 * - `CHART_DATA`: data a chart cannot draw;
 * - `VEGA_LITE_ERROR`, `VEGA_LITE_WARNINGS`: a spec Vega-Lite refuses or warns about;
 * - `NO_CJK_FONT`, `FONT_FILE`: no font to draw Chinese with;
 * - `NOT_A_FRAME`: something that is not a danfo DataFrame;
 * - `CANNOT_WRITE`: an output file or folder that cannot be written.
 *
 * @example
 * ERROR_CODES.includes(tryParse('12..5亿元').error.code)
 * // => true
 */
export const ERROR_CODES = [
  'QUANTITY_PARSE', 'CLAIMS_DATA', 'REPORT_LOAD', 'UNKNOWN_CLAIM', 'UNKNOWN_VALUE', 'NOT_A_QUANTITY', 'NOT_COMPARABLE',
  'NOT_A_NUMBER', 'NOT_AN_INTERVAL', 'INVALID_ARGUMENT', 'CHECK_ARGUMENTS', 'CHART_DATA', 'VEGA_LITE_ERROR',
  'VEGA_LITE_WARNINGS', 'NO_CJK_FONT', 'FONT_FILE', 'NOT_A_FRAME', 'CANNOT_WRITE',
] as const;

/** The code of an error (see `ERROR_CODES`). */
export type ErrorCode = (typeof ERROR_CODES)[number];
