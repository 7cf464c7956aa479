import type { Direction, Kind, Status, Topic } from '../report/types.ts';
import type { Qualifier } from '../quantity/types.ts';

/**
 * The extractor's rows while they are read and linked, held as columns (one array per field, one
 * entry per row, in text order): the table's own columns, and what the passes after the first one
 * read besides (where each figure's sentence and clause start, the clause, the evidence of each
 * guessed link). No object is made per row, so a long text costs arrays, not hundreds of thousands
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
  /** Where each figure's sentence starts in the text. */
  sentenceFrom: number[];
  /** Where each figure's clause starts in the text (for a table cell, the figure itself). */
  clauseStart: number[];
  /** The clause before each figure, as `clauseBefore` cuts it ('' for a table cell). */
  clause: string[];
  /** The evidence of each guessed link, per row, until it is written into `links`. */
  notes: (string[] | null)[];
}

/** Empty columns for the extractor's rows. */
export function draftColumns(): DraftColumns {
  return {
    id: [], start: [], end: [], surface: [], value: [], scale: [], unit: [], kind: [], year: [], status: [], qualifier: [],
    cumulative: [], direction: [], indicator: [], topic: [], low: [], high: [], amount: [], sentence: [], period: [], form: [],
    of: [], base: [], part_of: [], counterpart: [], links: [], guessed: [], sentenceFrom: [], clauseStart: [], clause: [], notes: [],
  };
}

/** Adds a guessed link's evidence to row `i`. */
export function noteLink(columns: DraftColumns, i: number, note: string): void {
  const notes = columns.notes[i];
  if (notes) notes.push(note);
  else columns.notes[i] = [note];
}
