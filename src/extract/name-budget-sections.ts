import { noteLink, type DraftColumns } from './draft-columns.ts';

/**
 * A heading of a budget's part on a line of its own ((二)政府性基金预算决算情况, （四）社会保险基金预算执行情况): the budget, before the
 * words of its report.
 */
const BUDGET_HEADING = /(?:^|\n)[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[)）][ \t\u3000]*([\u4e00-\u9fa5]{2,14}?(?:预算|基金))(?:决算|执行|收支)?(?:情况)?[ \t\u3000]*(?=\n)/g;
/** A line of a budget's account named without the budget, opening the name (收入总计, 上级补助收入, 支出决算数, 滚存结余, 可支付月数). */
const LINE_WORDS = /^(?:收入|支出|上级补助收入|专项债务转贷收入|债务转贷收入|调入资金|调出资金|上年结转|结转下年|上解上级支出|补助下级支出|债务还本支出|当年收支结余|年末滚存结余|滚存结余|当年结余|可支付月数)/;
/** A name that already says whose it is (一般公共预算…, …基金…): not 支出预算数, a line's budget. */
const NAMES_BUDGET = /一般公共|政府性基金|国有资本|社会保险|基金/;

/**
 * Names the lines of a budget's account that a part of a budget report names without the budget after the budget its heading names, as
 * final accounts and budget reports write them: （二）政府性基金预算决算情况 …加上上级补助收入0.92亿元…，收入总计24.51亿元 → 政府性基金预算上级补助收入,
 * 政府性基金预算收入总计; so that the same lines of the general budget's part are told apart. Only up to the next heading on a line of its own,
 * and only names that open with a line of an account (LINE_WORDS) and name no budget or fund. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameBudgetSections(columns: DraftColumns, text: string): void {
  const { indicator, start, kind } = columns;
  const headings = [...text.matchAll(BUDGET_HEADING)];
  let row = 0;
  for (let h = 0; h < headings.length; h += 1) {
    const heading = headings[h] as RegExpExecArray;
    const budget = heading[1] as string;
    const from = (heading.index ?? 0) + heading[0].length;
    const next = text.slice(from).search(/\n[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/);
    const to = next < 0 ? text.length : from + next + 1;
    while (row < kind.length && (start[row] as number) < from) row += 1;
    for (let i = row; i < kind.length && (start[i] as number) < to; i += 1) {
      const name = indicator[i] as string;
      if (kind[i] === 'date' || kind[i] === 'code' || kind[i] === 'name' || !LINE_WORDS.test(name) || NAMES_BUDGET.test(name)) continue;
      indicator[i] = `${budget}${name}`;
      noteLink(columns, i, 'a line of an account, named after the budget its part\'s heading names');
    }
  }
}
