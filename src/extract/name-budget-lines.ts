import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';

/** The word of the year's outturn a budget line's name ends with (一般公共预算收入决算数, …执行数): the rest is the line. */
const OUTTURN = /^(.{2,}?)(?:决算数|执行数|完成数)$/;
/** A clause that names a budget alone, as the outturn is compared with it (为年初预算数, 完成调整预算数, 预算数, 调整后预算). */
const BUDGET_ALONE = /^\s*(?:为|完成|是|比)?((?:年初|调整后?)?预算数?)\s*$/;
/** An amount of change alone right after a budget (比预算数1350万元减少82万元): the line's difference from it. */
const CHANGE_ALONE = /^\s*(减少|增加|节约|超出)\s*$/;
/** A change whose clause compares with the year before's outturn, or with nothing (比上年决算数增长4.1%, 增长3.7%). */
const COMPARED_WITH_LAST = /^\s*(?:(?:比|较)(?:上年|去年)(?:决算数|执行数|完成数|同期)?)?\s*(增长|下降|增加|减少)\s*$/;

/**
 * Names the lines of a final-accounts or budget sentence after the line its outturn gives: 一般公共预算收入决算数为18.62亿元，为年初
 * 预算数18.30亿元的101.7%，为调整预算数18.50亿元的100.6%，比上年决算数增长4.1% → 一般公共预算收入年初预算数, 一般公共预算收入年初预算完成率,
 * 一般公共预算收入调整预算数, 一般公共预算收入调整预算完成率, 一般公共预算收入增长. Only after a figure of the sentence named as an outturn
 * (决算数, 执行数, 完成数), up to the next so named (…；支出决算数为25.17亿元): a budget named alone is that line's budget, a
 * share of it right after it is the line's rate of completing it, and a change compared with the year before alone, right after one of
 * those, is the line's (not a part's after 其中). The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameBudgetLines(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, end, sentenceFrom } = columns;
  let line: string | undefined;
  let sentence = -1;
  let budget = '';
  let budgetRow = -1;
  /** The last row of the line's own figures (its outturn, budgets and rates): a change right after one of them is the line's. */
  let lastOfLine = -1;
  for (let i = 0; i < kind.length; i += 1) {
    if (sentenceFrom[i] !== sentence) {
      sentence = sentenceFrom[i] as number;
      line = undefined;
    }
    const outturn = kind[i] === 'level' && (indicator[i] as string).endsWith('数') ? OUTTURN.exec(indicator[i] as string)?.[1] : undefined;
    if (outturn !== undefined) {
      [line, budget, budgetRow, lastOfLine] = [outturn, '', -1, i];
      continue;
    }
    if (line === undefined) continue;
    const alone = BUDGET_ALONE.exec(clauseOf(columns, text, i))?.[1];
    if (kind[i] === 'level' && alone !== undefined) {
      [budget, budgetRow, lastOfLine] = [alone.replace(/数$/, ''), i, i];
      indicator[i] = `${line}${alone}`;
      noteLink(columns, i, 'a budget line, named after the line of the sentence\'s outturn');
    } else if (kind[i] === 'level' && budgetRow === i - 1 && CHANGE_ALONE.test(text.slice(end[i - 1] as number, start[i] as number))) {
      indicator[i] = `${line}比${budget}数${(CHANGE_ALONE.exec(text.slice(end[i - 1] as number, start[i] as number)) as RegExpExecArray)[1]}`;
      lastOfLine = i;
      noteLink(columns, i, 'a line\'s difference from its budget, named after the line');
    } else if ((kind[i] === 'share' || kind[i] === 'ratio') && budgetRow === i - 1 && text.slice(end[i - 1] as number, start[i] as number).trim() === '的') {
      indicator[i] = `${line}${budget}完成率`;
      lastOfLine = i;
      noteLink(columns, i, 'a rate of completing a budget, named after its line');
    } else if (kind[i] === 'growth' && lastOfLine === i - 1) {
      const change = COMPARED_WITH_LAST.exec(clauseOf(columns, text, i))?.[1];
      if (change !== undefined) {
        indicator[i] = `${line}${change}`;
        noteLink(columns, i, 'a change of the sentence\'s outturn, named after its line');
      }
    }
  }
}
