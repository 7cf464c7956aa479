import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { guessIndicator } from './guess-meaning.ts';
import { LIST_JOIN_ONLY } from './list-join.ts';

/** The words of a total of the figures before, opening a clause (，合计占…; ，两者合计…; ，三项共计…), and how many they count if they say. */
const TOTAL_OPENING = /^[，,]\s*(?:([二两三四五六七八九十])(?:者|项|类|个))?(?:合计|共计|总计)/;
/** The numbers the numerals of a total count. */
const NUMERALS: Readonly<Record<string, number>> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A name of a list's item that says only where in the list it stands (两项收入[1/2]): no item to name a total after. */
const LIST_POSITION = /\[\d+\/\d+\]/;
/** Figures a total of a list may be: a share of a whole, or an amount or count. */
const TOTALLED: ReadonlySet<Kind> = new Set(['share', 'level', 'count']);
/** The shortest an item's own name may be. */
const ITEM_LENGTH = 2;
/** The shortest a part all the items' names share (占全部法人单位比重, 系统资产总额) must be to be taken as theirs. */
const SHARED_LENGTH = 2;

/** The longest end all the names share. */
function sharedEnd(names: readonly string[]): string {
  const first = names[0] ?? '';
  let length = 0;
  while (length < first.length && names.every((name) => name.length > length && name.charAt(name.length - 1 - length) === first.charAt(first.length - 1 - length))) length += 1;
  return first.slice(first.length - length);
}

/**
 * Names a total of the figures listed right before it in its sentence after the items it totals: 分别占全部法人单位的29.9%、14.5%和
 * 11.9%，合计占56.3% → 批发和零售业、制造业、租赁和商务服务业合计占全部法人单位比重; 教育系统资产总额78.36亿元，卫生健康系统资产总额41.92亿元，
 * 两者合计占事业单位资产总额的45.3% → 教育、卫生健康系统资产总额合计占事业单位资产总额. The items are the figures before it joined as one list
 * (、, 和), or as many as its words count (两者); what their names share is written once. A total whose items cannot be told (one figure
 * before, names that are empty, or changes, whose amounts it totals) is left as it is. Run once the items of a list are named (see `assignListIndicators`).
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameListTotals(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, end, sentenceFrom } = columns;
  for (let row = 1; row < kind.length; row += 1) {
    if (!TOTALLED.has(kind[row] as Kind) || sentenceFrom[row] !== sentenceFrom[row - 1]) continue;
    const between = text.slice(end[row - 1] as number, start[row] as number);
    const total = TOTAL_OPENING.exec(between);
    if (!total) continue;
    // The items: as many as the words count, else the figures of one list ending right before.
    const counted = total[1] !== undefined ? NUMERALS[total[1]] ?? 0 : 0;
    let first = row - 1;
    if (counted > 0) first = row - counted;
    else while (first > 0 && sentenceFrom[first - 1] === sentenceFrom[row] && LIST_JOIN_ONLY.test(text.slice(end[first - 1] as number, start[first] as number))) first -= 1;
    if (row - first < 2 || first < 0 || sentenceFrom[first] !== sentenceFrom[row]) continue;
    // A list of changes (分别增长11.2%、9.5%和15.8%，合计占…) is not what a total totals: its amounts are, further back.
    if (kind.slice(first, row).some((other) => !TOTALLED.has(other as Kind))) continue;
    const names = (indicator.slice(first, row) as string[]);
    if (names.some((name) => LIST_POSITION.test(name))) continue;
    // A share's words (占全部法人单位比重) start at 占, whatever the items end with before it (批发和零售业, 制造业).
    const ending = sharedEnd(names);
    const shared = ending.includes('占') ? ending.slice(ending.indexOf('占')) : ending;
    // Written once only where each item keeps a name of its own of two characters (not 高|中, 初|中 of 高中, 初中).
    const cue = shared.length >= SHARED_LENGTH && names.every((name) => name.length - shared.length >= ITEM_LENGTH) ? shared : '';
    const items = names.map((name) => name.slice(0, name.length - cue.length));
    if (items.some((item) => item === '')) continue;
    // The total's own words after 合计 (占全部法人单位从业人员的), else the share the items' names share (占全部法人单位比重).
    const own = guessIndicator(between.slice(total[0].length));
    const whole = own !== '' && own !== '占' ? own : cue.startsWith('占') ? cue : own;
    indicator[row] = `${items.join('、')}${cue.startsWith('占') ? '' : cue}合计${whole}`;
    noteLink(columns, row, `the total of the ${row - first} figures before it`);
  }
}
