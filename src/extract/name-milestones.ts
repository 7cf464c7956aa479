import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The verb of a mark passed, ending the clause before its figure (首次突破, 迈上, 跨越) or opening its surface (突破20亿元). */
const PASSED = /(?:首次|历史性|成功|一举|率先)?(?:突破|超过|迈上|迈过|迈入|跨越|跨过|跨上|跃上|站上)\s*$/;
const FIRST_TIME = /^(?:首次|历史性|一举)/;
const PASSED_IN_SURFACE = /^(?:突破|超过)/;
/** What may stand after a mark's figure up to its clause's end (20亿元大关, 300亿元台阶). */
const MARK_AFTER = /^(?:大关|关口|台阶|新台阶|大台阶)?\s*[，,]\s*$/;
/** The clause of the figure reached, after the mark's: a verb of being at most, no name (达到25.4亿元). */
const REACHED = /^(?:达到|达|为|实现|增至|增长到|提高到|升至|总计|合计)?\s*$/;
/** The end of the figure reached and the mark's clause after it: only a clause mark between them. */
const CLAUSE_MARK = /^\s*[，,]\s*$/;
/** Or an amount of change in a clause of its own (，比上年增加3.9亿元，). */
const CHANGE_BETWEEN = /^\s*[，,](?:比上年|较上年|同比|比去年)?(?:增加|增长|多|提高)[^，,；;。]{0,12}[，,]\s*$/;
/** How many figures before a mark the figure it restates may be. */
const BEFORE_REACH = 2;

/**
 * A mark passed that restates a figure of its sentence: 旅游综合收入23.7亿元，首次突破20亿元大关; 农业总产值突破25亿元，达到25.4亿元;
 * 地区生产总值迈上300亿元台阶，达到312.4亿元. The mark (20亿元, 25亿元, 300亿元) is read as a reference, named after the figure
 * it restates, and the figure keeps the name the mark's clause gives it. Only a mark whose clause is the verb of passing (and the
 * subject) next to a clause that is the figure alone, in the same unit, with the figure at or past the mark: a figure short of
 * the mark it is said to pass is left as it is read, for a check to ask about.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameMilestones(columns: DraftColumns, text: string): void {
  const { start, end, unit, amount, kind, status, indicator, sentenceFrom, clauseStart, surface } = columns;
  for (let i = 0; i < start.length; i += 1) {
    if (kind[i] === 'date' || kind[i] === 'code' || kind[i] === 'name' || kind[i] === 'threshold' || status[i] === 'reference') continue;
    // The verb may open the surface (突破20亿元, after 首次): it is read with the clause before it.
    const verb = PASSED.exec(`${text.slice(clauseStart[i] as number, start[i])}${PASSED_IN_SURFACE.exec(surface[i] as string)?.[0] ?? ''}`);
    if (verb === null) continue;
    const passes = (j: number) => sentenceFrom[j] === sentenceFrom[i] && unit[j] === unit[i] && kind[j] === kind[i] && (amount[j] ?? -Infinity) >= (amount[i] ?? Infinity);
    // The figure reached: the clause after the mark's, or, where the mark's clause is the verb alone, the figure before it in its
    // sentence, past an amount of change between (23.7亿元，比上年增加3.9亿元，首次突破20亿元大关).
    let reached = i + 1 < start.length && passes(i + 1) && MARK_AFTER.test(text.slice(end[i], clauseStart[i + 1]))
      && REACHED.test(text.slice(clauseStart[i + 1] as number, start[i + 1])) ? i + 1 : -1;
    // A mark passed for the first time (首次突破) is one whatever subject its clause names (游客接待量首次突破1300万人次).
    const first = verb.index === 0 || FIRST_TIME.test(verb[0]);
    for (let j = i - 1; reached < 0 && first && j >= Math.max(0, i - BEFORE_REACH) && sentenceFrom[j] === sentenceFrom[i]; j -= 1) {
      if (passes(j) && (j === i - 1 ? CLAUSE_MARK.test(text.slice(end[j], clauseStart[i])) : CHANGE_BETWEEN.test(text.slice(end[j], clauseStart[i])))) reached = j;
    }
    if (reached < 0) continue;
    const subject = indicator[reached] !== '' ? (indicator[reached] as string) : (indicator[i] as string);
    indicator[i] = subject;
    indicator[reached] = subject;
    kind[i] = 'threshold';
    status[i] = 'reference';
    columns.direction[i] = null;
    columns.period[i] = null;
    noteLink(columns, i, 'a mark passed, restating the figure of its sentence');
  }
}
