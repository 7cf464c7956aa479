import { fromCSV } from 'arquero';
import { ClaimsDataError, type ClaimProblem } from '../errors/claims-data-error.ts';
import { messages } from '../messages/index.ts';
import { nearest } from '../errors/nearest.ts';
import { splitList } from './split-list.ts';
import { QUALIFIERS } from '../quantity/qualifiers.ts';
import { UNITS } from '../quantity/units.ts';
import type { Qualifier, Scale } from '../quantity/types.ts';
import {
  BASIS_VALUES, CLAIM_COLUMNS, DIRECTIONS, KINDS, OPTIONAL_CLAIM_COLUMNS, SCOPES, STATUSES, TOPICS,
  type Claim, type ClaimColumn,
} from './types.ts';

const SCALES: readonly Scale[] = [1, 10000, 100000000, 1000000000000];
const REQUIRED: readonly ClaimColumn[] = CLAIM_COLUMNS.filter((column) => !OPTIONAL_CLAIM_COLUMNS.includes(column));
const UNIT_CODES = new Set<string>([...UNITS.map((unit) => unit.code), 'date', 'code', 'name']);
const QUALIFIER_CODES = new Set<string>(QUALIFIERS);

/**
 * Reads the text of a claims CSV into typed rows. Every cell is checked against the claims format
 * (docs/claims-format.md); all problems are collected and thrown together, each with its CSV line
 * and column, so that one run shows everything to fix.
 *
 * @param csv - The CSV text, with a header row.
 * @returns The claims, in file order.
 * @throws {ClaimsDataError} Listing every missing or misspelled column and every bad cell.
 * @example
 * readClaimsCsv('id,start\ngdp_2023,1').length
 * // => throws ClaimsDataError
 */
export function readClaimsCsv(csv: string): Claim[] {
  if (typeof csv !== 'string' || csv.trim() === '') {
    throw new ClaimsDataError([{ line: 1, column: 'id', message: messages.emptyClaimsCsv(typeof csv) }]);
  }
  // A byte-order mark (what spreadsheet programs write) is no part of the first column's name.
  const table = fromCSV(csv.replace(/^\uFEFF/, ''), { autoType: false });
  const columns = table.columnNames();
  const problems: ClaimProblem[] = [];
  for (const column of REQUIRED) {
    if (!columns.includes(column)) {
      const unknown = columns.filter((name) => !(CLAIM_COLUMNS as readonly string[]).includes(name));
      problems.push({ line: 1, column, message: messages.missingColumn(column, nearest(column, unknown, 1)[0]) });
    }
  }
  for (const column of columns) {
    if (!(CLAIM_COLUMNS as readonly string[]).includes(column)) {
      problems.push({ line: 1, column, message: messages.unknownColumn(column, nearest(column, CLAIM_COLUMNS, 1)[0]) });
    }
  }
  if (problems.length > 0) throw new ClaimsDataError(problems);

  const rows: Claim[] = [];
  const objects = table.objects() as Record<string, string | null | undefined>[];
  objects.forEach((object, index) => {
    const line = index + 2;
    // A cell guarded for spreadsheets ('=…, see spreadsheetSafe) reads back as written.
    const cell = (column: ClaimColumn): string => (object[column] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
    const problem = (column: ClaimColumn, message: string) => problems.push({ line, column, message });
    const integer = (column: ClaimColumn, allowEmpty: boolean): number | null => {
      const text = cell(column);
      if (text === '' && allowEmpty) return null;
      if (!/^-?\d+$/.test(text)) {
        problem(column, messages.notAnInteger(column, text));
        return null;
      }
      return Number(text);
    };
    const oneOf = <T extends string>(column: ClaimColumn, allowed: readonly T[], allowEmpty: boolean): T | null => {
      const text = cell(column);
      if (text === '' && allowEmpty) return null;
      if (!(allowed as readonly string[]).includes(text)) {
        problem(column, messages.notInVocabulary(column, text, allowed, nearest(text, allowed, 1)[0]));
        return null;
      }
      return text as T;
    };
    const id = cell('id');
    if (!/^[a-z][a-z0-9_]*$/.test(id)) problem('id', messages.badId(id));
    const start = integer('start', false);
    const end = integer('end', false);
    const scaleNumber = integer('scale', false);
    if (scaleNumber !== null && !(SCALES as readonly number[]).includes(scaleNumber)) {
      problem('scale', messages.notInVocabulary('scale', String(scaleNumber), SCALES.map(String), undefined));
    }
    const unit = cell('unit');
    if (!UNIT_CODES.has(unit)) problem('unit', messages.notInVocabulary('unit', unit, [...UNIT_CODES], nearest(unit, UNIT_CODES, 1)[0]));
    const qualifier = cell('qualifier');
    if (!QUALIFIER_CODES.has(qualifier)) problem('qualifier', messages.notInVocabulary('qualifier', qualifier, QUALIFIERS, nearest(qualifier, QUALIFIERS, 1)[0]));
    const cumulative = cell('cumulative');
    if (cumulative !== 'true' && cumulative !== 'false') problem('cumulative', messages.notInVocabulary('cumulative', cumulative, ['true', 'false'], undefined));
    const basis = splitList(cell('basis'));
    for (const item of basis) {
      if (!(BASIS_VALUES as readonly string[]).includes(item)) problem('basis', messages.notInVocabulary('basis', item, BASIS_VALUES, nearest(item, BASIS_VALUES, 1)[0]));
    }
    const indicator = splitList(cell('indicator'));
    const indicatorEn = splitList(cell('indicator_en'));
    if (indicator.length === 0) problem('indicator', messages.emptyCell('indicator'));
    if (indicatorEn.length !== indicator.length) problem('indicator_en', messages.listLengths('indicator_en', indicatorEn.length, 'indicator', indicator.length));
    if (basis.length > 0 && basis.length !== indicator.length) problem('basis', messages.listLengths('basis', basis.length, 'indicator', indicator.length));
    // A unit written apart from the number (a table's) is given with where it is written, or not at all.
    const unitText = (object.unit_text ?? '').trim();
    const unitStart = integer('unit_start', true);
    if ((unitText === '') !== (unitStart === null)) problem(unitText === '' ? 'unit_text' : 'unit_start', messages.unitTextWithoutStart(unitText, unitStart));
    const row: Claim = {
      id,
      start: start ?? -1,
      end: end ?? -1,
      // The surface is kept exactly (a space inside it is the text's), less only the spreadsheet guard.
      surface: (object.surface ?? '').replace(/^'(?=[=+\-@\t\r])/, ''),
      value: cell('value'),
      scale: (scaleNumber ?? 1) as Scale,
      unit: unit as Claim['unit'],
      kind: oneOf('kind', KINDS, false) ?? 'level',
      year: integer('year', true),
      status: oneOf('status', STATUSES, false) ?? 'reference',
      qualifier: qualifier as Qualifier,
      cumulative: cumulative === 'true',
      direction: oneOf('direction', DIRECTIONS, true),
      basis: basis as Claim['basis'],
      indicator,
      indicator_en: indicatorEn,
      topic: oneOf('topic', TOPICS, false) ?? 'meta',
      section: cell('section'),
      of: splitList(cell('of')),
      base: splitList(cell('base')),
      whole: splitList(cell('whole')),
      part_of: splitList(cell('part_of')),
      counterpart: splitList(cell('counterpart')),
      scope: oneOf('scope', SCOPES, true),
      note: cell('note') === '' ? null : cell('note'),
      unit_text: unitText === '' ? null : unitText,
      unit_start: unitStart,
    };
    rows.push(row);
  });
  if (problems.length > 0) throw new ClaimsDataError(problems);
  return rows;
}
