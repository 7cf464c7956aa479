import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';

/** The word of the year's outturn a budget line's name ends with (一般公共预算收入决算数, …执行数): the rest is the line. */
const OUTTURN = /^(.{2,}?)(?:决算数|执行数|完成数)$/;
/** A clause that names a budget alone, as the outturn is compared with it (为年初预算数, 完成调整预算数, 预算数, 调整后预算). */
const BUDGET_ALONE = /^\s*(?:为|完成|是)?((?:年初|调整后?)?预算数?)\s*$/;
/** A change whose clause compares with the year before's outturn, or with nothing (比上年决算数增长4.1%, 增长3.7%). */
const COMPARED_WITH_LAST = /^\s*(?:(?:比|较)(?:上年|去年)(?:决算数|执行数|完成数|同期)?)?\s*(增长|下降|增加|减少)\s*$/;

/**
 * Names the lines of a final-accounts or budget sentence after the line its first figure gives: 一般公共预算收入决算数为18.62亿元，为年初
 * 预算数18.30亿元的101.7%，为调整预算数18.50亿元的100.6%，比上年决算数增长4.1% → 一般公共预算收入年初预算数, 一般公共预算收入年初预算完成率,
 * 一般公共预算收入调整预算数, 一般公共预算收入调整预算完成率, 一般公共预算收入增长. Only in a sentence whose first figure is named as an outturn
 * (决算数, 执行数, 完成数): a budget named alone is that line's budget, a share of it right after it is the line's rate of completing it,
 * and a change compared with the year before alone is the line's. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameBudgetLines(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, end, sentenceFrom } = columns;
  for (let first = 0; first < kind.length; first += 1) {
    const line = kind[first] === 'level' ? OUTTURN.exec(indicator[first] as string)?.[1] : undefined;
    if (line === undefined) continue;
    let budget = '';
    let budgetRow = -1;
    let last = first;
    for (let i = first + 1; i < kind.length && sentenceFrom[i] === sentenceFrom[first]; i += 1) {
      last = i;
      const alone = BUDGET_ALONE.exec(clauseOf(columns, text, i))?.[1];
      if (kind[i] === 'level' && alone !== undefined) {
        budget = alone.replace(/数$/, '');
        budgetRow = i;
        indicator[i] = `${line}${alone}`;
        noteLink(columns, i, 'a budget line, named after the line of the sentence\'s outturn');
      } else if ((kind[i] === 'share' || kind[i] === 'ratio') && budgetRow === i - 1 && text.slice(end[i - 1] as number, start[i] as number).trim() === '的') {
        indicator[i] = `${line}${budget}完成率`;
        noteLink(columns, i, 'a rate of completing a budget, named after its line');
      } else if (kind[i] === 'growth') {
        const change = COMPARED_WITH_LAST.exec(clauseOf(columns, text, i))?.[1];
        if (change !== undefined) {
          indicator[i] = `${line}${change}`;
          noteLink(columns, i, 'a change of the sentence\'s outturn, named after its line');
        }
      }
    }
    first = last;
  }
}
