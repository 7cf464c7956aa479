import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';
import { figureBefore, MEASURE_KINDS } from './figure-before.ts';
import { guessIndicator } from './guess-meaning.ts';

/** A clause that is a verb of being alone before its figure (，为1352.7毫米). */
const BEING_ALONE = /^\s*(?:为|是|达|达到)\s*$/;
/** The clause before, ending with a superlative (青阳县降水量最大; 最大的是石门县龙潭站): what is the most, and its measure. */
const MOST_AT_END = /(?:最大|最多|最小|最少|最高|最低|最快|最慢|最长|最短)$/;
const MOST_OF = /^(.*?)(?:最大|最多|最小|最少|最高|最低|最快|最慢|最长|最短)的(?:是|为)(.+)$/;
/** A month opening a clause (6月). */
const MONTH_OPENING = /^\s*\d{1,2}月(?!份?[底末])/;
/** A clause that names the next in rank (其次为云桥市), and a clause after it with no name of its own, a word of change at most (增加). */
const NEXT_IN_RANK = /^\s*(?:其次|次之|再次|第二)(?:为|是)([\u4e00-\u9fa5]{2,12})$/;
const CHANGE_ALONE = /^\s*(?:增加|减少|增长|下降|提高|降低|为|达|达到)?\s*$/;
/** The place a name opens with (省会屏州市常住人口增加 → 常住人口增加): what the next in rank replaces. */
const PLACE_OPENING = /^[\u4e00-\u9fa5]{0,7}(?:市|县|区|州|旗|镇|乡)(?=[\u4e00-\u9fa5]{2})/;
/** The marks a clause ends at. */
const CLAUSE_END = /[，,；;]$/;
/** How far back the clause before may start. */
const REACH = 40;

/**
 * Names a figure that a clause of being gives alone after a clause that says what is the most (青阳县降水量最大，为1352.7毫米 →
 * 青阳县降水量; 年降水量最大的是石门县龙潭站，为1684.5毫米 → 石门县龙潭站年降水量), where it has no name of its own; the note says
 * which is the most. A figure of the next in rank (…；其次为云桥市，增加2.13万人) is named as the figure before it, with its place.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameSuperlatives(columns: DraftColumns, text: string): void {
  const { indicator, clauseStart, sentenceFrom } = columns;
  for (let i = 0; i < indicator.length; i += 1) {
    const own = clauseOf(columns, text, i);
    if (CHANGE_ALONE.test(own)) nameNextInRank(columns, text, i);
    if (indicator[i] !== '' || !BEING_ALONE.test(own)) continue;
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

/**
 * Names a figure of the next in rank (省会屏州市常住人口…增加10.46万人…；其次为云桥市，增加2.13万人 → 云桥市常住人口增加): the place the
 * clause before names, with what the figure before in its unit and kind measures, less the place that opens that name.
 */
function nameNextInRank(columns: DraftColumns, text: string, i: number): void {
  const { indicator, clauseStart, sentenceFrom, kind, unit } = columns;
  const end = (clauseStart[i] as number) - 1;
  if (end <= (sentenceFrom[i] as number) || !CLAUSE_END.test(text.charAt(end))) return;
  const reach = text.slice(Math.max(sentenceFrom[i] as number, end - REACH), end);
  const next = NEXT_IN_RANK.exec(reach.slice(Math.max(reach.lastIndexOf('，'), reach.lastIndexOf(','), reach.lastIndexOf('；'), reach.lastIndexOf(';')) + 1));
  if (next === null) return;
  let figure = figureBefore(columns, i, MEASURE_KINDS, true);
  while (figure >= 0 && kind[figure] !== kind[i]) figure = figureBefore(columns, figure, MEASURE_KINDS, true);
  const place = figure >= 0 && unit[figure] === unit[i] ? PLACE_OPENING.exec(indicator[figure] as string) : null;
  if (place === null) return;
  indicator[i] = `${next[1]}${(indicator[figure] as string).slice(place[0].length)}`;
  noteLink(columns, i, 'the next in rank (其次为…), named as the figure before');
}
