import type { Kind } from '../report/types.ts';
import { clauseOf, type DraftColumns } from './draft-columns.ts';
import { figureBefore } from './figure-before.ts';
import { lastBefore } from './last-before.ts';

/** A clause that gives the year before's figure of what the figure before it measures: 上年为4,940张, 去年同期为, 上年按68.1万人计算. */
const LAST_YEAR_IS = /^\s*(?:上年|去年|上一年)(?:末|底|同期)?(?:为|是|按)\s*$/;
/** The last characters of those verbs. */
const VERB_LAST: ReadonlySet<number> = new Set([...'为是按'].map((char) => char.charCodeAt(0)));
/** Kinds whose figure is the year before's level, not a change. */
const LEVELS: ReadonlySet<string> = new Set(['level', 'count', 'rate', 'share', 'ratio']);

/**
 * Dates and names the figures a clause gives as the year before's (年末床位5,126张，上年为4,940张): each is of the year
 * before its own and measures what the figure before it in its sentence, in its unit, measures.
 *
 * @param columns - The draft's columns, changed in place.
 * @param text - The normalised text.
 */
export function lastYearFigures(columns: DraftColumns, text: string): void {
  const { kind, year, indicator, start } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    // Most figures follow no such verb: the character before is looked at before the clause is cut out.
    if (!VERB_LAST.has(text.charCodeAt(lastBefore(text, start[i] as number)))) continue;
    if (!LEVELS.has(kind[i] as string) || year[i] === null || !LAST_YEAR_IS.test(clauseOf(columns, text, i))) continue;
    year[i] = (year[i] as number) - 1;
    // The figure before in its unit and of its kind that names something (past those named by nothing).
    const same: ReadonlySet<Kind> = new Set([kind[i] as Kind]);
    let figure = figureBefore(columns, i, same, true);
    while (figure >= 0 && indicator[figure] === '') figure = figureBefore(columns, figure, same, true);
    if (figure >= 0) indicator[i] = indicator[figure] as string;
  }
}
