import { table, type ColumnTable } from 'arquero';
import { CLAIM_COLUMNS, UNIT_APART_COLUMNS } from '../report/types.ts';
import { messages } from '../messages/index.ts';
import { spreadsheetSafe } from '../text/spreadsheet-safe.ts';

/**
 * Writes the table of `extractClaims` as a draft claims CSV in the claims format (the columns of
 * `docs/claims-format.md`, in order; `unit_text` and `unit_start` only where a table cell has its unit apart), for a person to review: the guessed columns are named in
 * each row's `note`, `indicator_en` repeats the Chinese indicator until it is translated, and the
 * links are left empty. A reviewed draft loads with `loadReport`.
 *
 * @param extracted - The table from `extractClaims`.
 * @returns The CSV text.
 * @example
 * draftClaimsCsv(extractClaims('实现地区生产总值273.46亿元、增长5.5%。')).split('\n')[1]
 * // => 'claim_0001,8,16,273.46亿元,273.46,100000000,yuan,level,,actual,exact,false,,,地区生产总值,地区生产总值,macro,,,,,,,,guessed: kind;year;status;direction;indicator;topic; indicator_en to translate'
 */
export function draftClaimsCsv(extracted: ColumnTable): string {
  const rows = extracted.objects() as Record<string, unknown>[];
  const cell = (row: Record<string, unknown>, column: string): unknown => {
    switch (column) {
      case 'indicator':
      case 'indicator_en': return String(row.indicator ?? '') || String(row.surface);
      case 'cumulative': return row.cumulative === true ? 'true' : 'false';
      case 'note': return messages.draftNote(String(row.guessed ?? ''), [
        ...(row.period ? [messages.draftPeriod(String(row.period))] : []),
        ...(row.form && String(row.form).startsWith('table cell') ? [String(row.form)] : row.form ? [messages.draftForm(String(row.form))] : []),
        ...(row.links ? [messages.draftLinks(String(row.links))] : []),
      ]);
      case 'of': case 'base': case 'part_of': case 'counterpart': return row[column] ?? null;
      case 'basis': case 'section': case 'whole': case 'scope': return null;
      default: return row[column] ?? null;
    }
  };
  // The draft is reviewed in a spreadsheet: text from the report never runs there as a formula.
  // A draft has the columns of a unit written apart (a table's) only where a row has one.
  const apart = rows.some((row) => row.unit_text !== null && row.unit_text !== undefined);
  const columns = apart ? CLAIM_COLUMNS : CLAIM_COLUMNS.filter((column) => !(UNIT_APART_COLUMNS as readonly string[]).includes(column));
  const draft = table(Object.fromEntries(columns.map((column) => [column, rows.map((row) => spreadsheetSafe(cell(row, column)))])));
  return draft.toCSV();
}
