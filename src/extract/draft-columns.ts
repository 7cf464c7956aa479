import type { Direction, Kind, Status, Topic } from '../report/types.ts';
import type { Qualifier } from '../quantity/types.ts';

/**
 * The extractor's rows while they are read and linked, held as columns (one array per field, one
 * entry per row, in text order): the table's own columns, and what the passes after the first one
 * read besides (where each figure's sentence and clause start, the evidence of each guessed
 * link). No object is made per row, so a long text costs arrays, not hundreds of thousands
 * of objects for the garbage collector to move.
 */
export interface DraftColumns {
  id: string[];
  start: number[];
  end: number[];
  surface: string[];
  value: string[];
  scale: number[];
  unit: string[];
  kind: Kind[];
  year: (number | null)[];
  status: Status[];
  qualifier: Qualifier[];
  cumulative: boolean[];
  direction: (Direction | null)[];
  indicator: string[];
  topic: Topic[];
  low: (number | null)[];
  high: (number | null)[];
  amount: (number | null)[];
  sentence: string[];
  period: (string | null)[];
  form: (string | null)[];
  of: (string | null)[];
  base: (string | null)[];
  part_of: (string | null)[];
  counterpart: (string | null)[];
  links: (string | null)[];
  guessed: string[];
  /** The unit written apart from the number (a table's unit column, label or heading), and where: the figure reads as surface + unit_text. */
  unit_text: (string | null)[];
  unit_start: (number | null)[];
  /** Where each figure's sentence starts in the text. */
  sentenceFrom: Int32Array;
  /** Where each figure's clause starts in the text (for a table cell, the figure itself). */
  clauseStart: Int32Array;
  /** The evidence of each guessed link, by row (only rows with a link have an entry), until it is written into `links`. */
  notes: Map<number, string[]>;
}

/**
 * Columns for at most `capacity` rows (the number of figures found: a row is made for each, but
 * those in page numbers, headers and captions), allocated once; `truncateColumns` cuts them to the
 * rows made. The positions only the passes read are typed arrays, and the links' evidence is kept
 * only for rows that have one: a long text's columns are large objects, each a cost to allocate.
 */
/** The position of a figure in a list its text does not name apart, and the list's length, as an indicator ends with them: [2/4]. */
export const LIST_POSITION = /\[(\d+)\/(\d+)\]$/;
/** The years of a figure's period, as the `period` column writes them (2021-2025 (十四五)). */
export const PERIOD_YEARS = /^(\d{4})-(\d{4})/;

export function draftColumns(capacity: number): DraftColumns {
  const column = <T>(): T[] => new Array<T>(capacity);
  return {
    id: column(), start: column(), end: column(), surface: column(), value: column(), scale: column(), unit: column(), kind: column(),
    year: column(), status: column(), qualifier: column(), cumulative: column(), direction: column(), indicator: column(), topic: column(),
    low: column(), high: column(), amount: column(), sentence: column(), period: column(), form: column(), of: column(), base: column(),
    part_of: column(), counterpart: column(), links: column(), guessed: column(), unit_text: column(), unit_start: column(),
    sentenceFrom: new Int32Array(capacity), clauseStart: new Int32Array(capacity), notes: new Map(),
  };
}

/** Cuts every column to its first `rows` entries. */
export function truncateColumns(columns: DraftColumns, rows: number): void {
  for (const values of Object.values(columns) as unknown[]) if (Array.isArray(values)) values.length = rows;
  columns.sentenceFrom = columns.sentenceFrom.subarray(0, rows);
  columns.clauseStart = columns.clauseStart.subarray(0, rows);
}

/** The clause before row `i`'s figure, as `clauseBefore` cut it ('' for a table cell), cut again from the text rather than kept. */
export function clauseOf(columns: DraftColumns, text: string, i: number): string {
  return text.slice(columns.clauseStart[i], columns.start[i]);
}

/** Adds a guessed link's evidence to row `i`. */
export function noteLink(columns: DraftColumns, i: number, note: string): void {
  const notes = columns.notes.get(i);
  if (notes) notes.push(note);
  else columns.notes.set(i, [note]);
}
