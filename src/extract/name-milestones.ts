import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The verb of a mark passed, ending the clause before its figure (首次突破, 迈上, 跨越) or opening its surface (突破20亿元). */
const PASSED = /(?:首次|历史性|成功|一举|率先)?(?:突破|超过|迈上|迈过|迈入|跨越|跨过|跨上|跃上|站上)\s*$/;
const PASSED_IN_SURFACE = /^(?:突破|超过)/;
/** What may stand after a mark's figure up to its clause's end (20亿元大关, 300亿元台阶). */
const MARK_AFTER = /^(?:大关|关口|台阶|新台阶|大台阶)?\s*[，,]\s*$/;
/** The clause of the figure reached, after the mark's: a verb of being at most, no name (达到25.4亿元). */
const REACHED = /^(?:达到|达|为|实现|增至|增长到|提高到|升至|总计|合计)?\s*$/;
/** The end of the figure reached and the mark's clause after it: only a clause mark between them. */
const CLAUSE_MARK = /^\s*[，,]\s*$/;
/** Or an amount or a rate of change in a clause of its own (，比上年增加3.9亿元，; ，增长12%，). */
const CHANGE_BETWEEN = /^\s*[，,](?:比上年|较上年|同比|比去年)?(?:增加|增长|多|提高)[^，,；;。]{0,12}[，,]\s*$/;
/** How many figures before a mark the figure it restates may be. */
const BEFORE_REACH = 2;
/** The words of a whole area a subject may open with (全县…), and the words of a first time it may end with (…首次), which do not make it another. */
const AREA_OPENING = /^(?:全县|全区|全市|全省|全镇|全乡|全年)+/;
const FIRST_TIME_END = /(?:首次|历史性|一举|成功|率先)$/;

/** Whether the subject a mark's clause names is the figure's own: the same words, or none, once a whole area and 首次 are set aside. */
function sameSubject(subject: string, figure: string): boolean {
  const own = subject.replace(AREA_OPENING, '').replace(FIRST_TIME_END, '');
  return own === '' || own === figure.replace(AREA_OPENING, '');
}

/** The last characters of the verbs of passing (突破, 超过, 迈上, 迈入, 跨越), marked 1 in a table indexed by the UTF-16 unit. */
const VERB_LAST = new Uint8Array(0x10000);
for (const char of '破过上入越') VERB_LAST[char.charCodeAt(0)] = 1;

/** Whether figure `j` may be the one mark `i` restates: in its sentence, unit and kind, and at or past the mark. */
function passes(columns: DraftColumns, i: number, j: number): boolean {
  const { sentenceFrom, unit, kind, amount } = columns;
  return sentenceFrom[j] === sentenceFrom[i] && unit[j] === unit[i] && kind[j] === kind[i] && (amount[j] ?? -Infinity) >= (amount[i] ?? Infinity);
}

/**
 * A mark passed that restates a figure of its sentence: 旅游综合收入23.7亿元，首次突破20亿元大关; 农业总产值突破25亿元，达到25.4亿元;
 * 地区生产总值迈上300亿元台阶，达到312.4亿元. The mark (20亿元, 25亿元, 300亿元) is read as a reference and takes the name of the
 * figure it restates (or gives it its own, where the figure has none). Only a mark whose clause is the verb of passing and at most
 * the figure's own subject, next to the figure's clause (past an amount or rate of change between), in the same unit, with the
 * figure at or past the mark; a mark with a subject of its own (人均地区生产总值首次突破8万元, 其中出口额首次超过10亿元) is a
 * figure of its own, and a figure short of the mark it is said to pass is left as it is read, for a check to ask about.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameMilestones(columns: DraftColumns, text: string): void {
  const { start, end, kind, status, indicator, sentenceFrom, clauseStart, surface } = columns;
  for (let i = 0; i < start.length; i += 1) {
    if (kind[i] === 'date' || kind[i] === 'code' || kind[i] === 'name' || kind[i] === 'threshold' || status[i] === 'reference') continue;
    // Most figures follow no verb of passing: the character before them, or their surface's first, is looked at before any pattern.
    if (VERB_LAST[text.charCodeAt((start[i] as number) - 1)] !== 1 && !PASSED_IN_SURFACE.test(surface[i] as string)) continue;
    // The verb may open the surface (突破20亿元, after 首次): it is read with the clause before it.
    const verb = PASSED.exec(`${text.slice(clauseStart[i] as number, start[i])}${PASSED_IN_SURFACE.exec(surface[i] as string)?.[0] ?? ''}`);
    if (verb === null) continue;
    // The figure reached: the clause after the mark's, or, where the mark's clause is the verb alone, the figure before it in its
    // sentence, past an amount of change between (23.7亿元，比上年增加3.9亿元，首次突破20亿元大关).
    let reached = i + 1 < start.length && passes(columns, i, i + 1) && MARK_AFTER.test(text.slice(end[i], clauseStart[i + 1]))
      && REACHED.test(text.slice(clauseStart[i + 1] as number, start[i + 1])) ? i + 1 : -1;
    // Before the mark, only where its clause names nothing but the verb, or the figure's own subject (旅游综合收入23.7亿元，旅游综合收入首次
    // 突破20亿元); never a part set apart (其中出口额首次超过10亿元) nor another measure (人均地区生产总值首次突破8万元).
    const alone = verb.index === 0 || sameSubject(text.slice(clauseStart[i] as number, (clauseStart[i] as number) + verb.index), indicator[i - 1] ?? '');
    for (let j = i - 1; reached < 0 && alone && j >= Math.max(0, i - BEFORE_REACH) && sentenceFrom[j] === sentenceFrom[i]; j -= 1) {
      if (passes(columns, i, j) && (j === i - 1 ? CLAUSE_MARK.test(text.slice(end[j], clauseStart[i])) : CHANGE_BETWEEN.test(text.slice(end[j], clauseStart[i])))) reached = j;
    }
    if (reached < 0) continue;
    // After the mark, the figure reached names itself only where the mark's clause names nothing else (全县农业总产值突破25亿元，达到…).
    if (reached > i && verb.index > 0 && indicator[reached] !== '' && !sameSubject(indicator[i] as string, indicator[reached] as string)) continue;
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
