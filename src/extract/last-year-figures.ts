import type { Kind } from '../report/types.ts';
import { clauseOf, type DraftColumns } from './draft-columns.ts';
import { figureBefore } from './figure-before.ts';
import { lastBefore } from './last-before.ts';

/** A clause that gives the year before's figure of what the figure before it measures: 上年为4,940张, 去年同期为, 上年按68.1万人计算. */
const LAST_YEAR_IS = /^\s*(?:上年|去年|上一年)(?:末|底|同期)?(?:为|是|按)\s*$/;
/** The same in brackets after the figures they compare with (下降17.9%（上年同期为28起）, （上年同期分别为28起、18人）). */
const LAST_YEAR_BRACKET = /[（(]\s*(?:上年|去年|上一年)(?:末|底|同期)?(?:分别)?(?:为|是)\s*$/;
/** What joins the figures of such a bracket's list (28起、18人). */
const LIST_NEXT = /^\s*[、和及]\s*$/;
/** The last characters of those verbs. */
const VERB_LAST: ReadonlySet<number> = new Set([...'为是按'].map((char) => char.charCodeAt(0)));
/** Kinds whose figure is the year before's level, not a change. */
const LEVELS: ReadonlySet<string> = new Set(['level', 'count', 'rate', 'share', 'ratio']);

/**
 * Dates and names the figures a clause gives as the year before's (年末床位5,126张，上年为4,940张; 事故23起、死亡14人…（上年同期分别为
 * 28起、18人）): each is of the year before its own and measures what the figure before it in its sentence, in its unit and of its kind,
 * measures; the figures of a bracket's list, in turn, what those before it measure in the same order.
 *
 * @param columns - The draft's columns, changed in place.
 * @param text - The normalised text.
 */
export function lastYearFigures(columns: DraftColumns, text: string): void {
  const { kind, year, indicator, start, end, unit, period } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    // Most figures follow no such verb: the character before is looked at before the clause is cut out.
    if (!VERB_LAST.has(text.charCodeAt(lastBefore(text, start[i] as number)))) continue;
    if (!LEVELS.has(kind[i] as string) || year[i] === null) continue;
    const clause = clauseOf(columns, text, i);
    const bracketed = LAST_YEAR_BRACKET.test(clause);
    if (!bracketed && !LAST_YEAR_IS.test(clause)) continue;
    // The figures of the list the clause opens (28起、18人), each a figure of the year before.
    let last = i;
    while (bracketed && last + 1 < kind.length && LEVELS.has(kind[last + 1] as string) && year[last + 1] === year[i]
      && LIST_NEXT.test(text.slice(end[last] as number, start[last + 1] as number))) last += 1;
    for (let row = i; row <= last; row += 1) {
      // Its months are the same months of the year before (上年同期: 1—11月 of the year before).
      const own = year[row] as number;
      year[row] = own - 1;
      if (period[row]?.startsWith(`${own}-`)) period[row] = (period[row] as string).replaceAll(`${own}-`, `${own - 1}-`);
      // The figures before in the row's unit and of its kind that name something, nearest first (past those named by nothing); the
      // list's figures of one unit and kind name theirs in the same order.
      const same: ReadonlySet<Kind> = new Set([kind[row] as Kind]);
      const named: number[] = [];
      for (let figure = figureBefore(columns, i, same); figure >= 0; figure = figureBefore(columns, figure, same)) {
        if (unit[figure] === unit[row] && indicator[figure] !== '') named.push(figure);
      }
      let alike = 0;
      let place = 0;
      for (let other = i; other <= last; other += 1) {
        if (kind[other] !== kind[row] || unit[other] !== unit[row]) continue;
        if (other < row) place += 1;
        alike += 1;
      }
      const figure = named.length >= alike ? named[alike - 1 - place] : named[0];
      if (figure !== undefined) indicator[row] = indicator[figure] as string;
    }
    i = last;
  }
}
