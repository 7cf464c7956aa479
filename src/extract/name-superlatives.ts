import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';
import { guessIndicator } from './guess-meaning.ts';

/** A clause that is a verb of being alone before its figure (，为1352.7毫米). */
const BEING_ALONE = /^\s*(?:为|是|达|达到)\s*$/;
/** The clause before, ending with a superlative (青阳县降水量最大; 最大的是石门县龙潭站): what is the most, and its measure. */
const MOST_AT_END = /(?:最大|最多|最小|最少|最高|最低|最快|最慢|最长|最短)$/;
const MOST_OF = /^(.*?)(?:最大|最多|最小|最少|最高|最低|最快|最慢|最长|最短)的(?:是|为)(.+)$/;
/** A month opening a clause (6月). */
const MONTH_OPENING = /^\s*\d{1,2}月(?!份?[底末])/;
/** The marks a clause ends at. */
const CLAUSE_END = /[，,；;]$/;
/** How far back the clause before may start. */
const REACH = 40;

/**
 * Names a figure that a clause of being gives alone after a clause that says what is the most (青阳县降水量最大，为1352.7毫米 →
 * 青阳县降水量; 年降水量最大的是石门县龙潭站，为1684.5毫米 → 石门县龙潭站年降水量), where it has no name of its own; the note says
 * which is the most.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameSuperlatives(columns: DraftColumns, text: string): void {
  const { indicator, clauseStart, sentenceFrom } = columns;
  for (let i = 0; i < indicator.length; i += 1) {
    if (indicator[i] !== '' || !BEING_ALONE.test(clauseOf(columns, text, i))) continue;
    const end = (clauseStart[i] as number) - 1;
    if (end <= (sentenceFrom[i] as number) || !CLAUSE_END.test(text.charAt(end))) continue;
    const reach = text.slice(Math.max(sentenceFrom[i] as number, end - REACH), end);
    const clause = reach.slice(Math.max(reach.lastIndexOf('，'), reach.lastIndexOf(','), reach.lastIndexOf('；'), reach.lastIndexOf(';')) + 1);
    const of = MOST_OF.exec(clause);
    const most = of === null ? MOST_AT_END.exec(clause) : null;
    if (of === null && most === null) continue;
    const named = of !== null ? `${guessIndicator(of[2] as string)}${guessIndicator(of[1] as string)}` : guessIndicator(clause.slice(0, (most as RegExpExecArray).index));
    // A month that opens the clause (6月降水量最多) is which of them is the most: part of the name.
    const month = MONTH_OPENING.exec(clause)?.[0].trim() ?? '';
    const name = named !== '' && !named.startsWith(month) ? `${month}${named}` : named;
    if (name === '') continue;
    indicator[i] = name;
    noteLink(columns, i, 'named after the clause before, which says it is the most (最大, 最多…)');
  }
}
