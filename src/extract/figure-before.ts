import type { Kind } from '../report/types.ts';
import type { DraftColumns } from './draft-columns.ts';

/** Kinds of number that are references, not figures: a change is never named after one. */
export const REFERENCE_KINDS: ReadonlySet<Kind> = new Set(['date', 'code', 'name', 'ordinal', 'threshold']);
/** Counts of things alone. */
export const COUNT_KINDS: ReadonlySet<Kind> = new Set(['count']);
/** Figures a name or a measure of things may be shared among (a measure named after a shared word, an item of a list): counts, amounts, rates and shares. */
export const MEASURE_KINDS: ReadonlySet<Kind> = new Set(['count', 'level', 'rate', 'share']);

/**
 * The nearest row before row `i` in its sentence that is a figure (not a date, code, name, ordinal or threshold), of one of
 * `kinds` if given and in row `i`'s unit if `sameUnit`; -1 where none is.
 */
export function figureBefore(columns: DraftColumns, i: number, kinds?: ReadonlySet<Kind>, sameUnit = false): number {
  const { sentenceFrom, kind, unit } = columns;
  for (let figure = i - 1; figure >= 0 && sentenceFrom[figure] === sentenceFrom[i]; figure -= 1) {
    const other = kind[figure] as Kind;
    if (!REFERENCE_KINDS.has(other) && (!kinds || kinds.has(other)) && (!sameUnit || unit[figure] === unit[i])) return figure;
  }
  return -1;
}
