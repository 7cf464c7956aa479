/** The words that call figures preliminary, after what they are of (…为初步核算数). */
const CALLED = /(?:为|系|是|均为)(?:初步核算|初步统计)/g;
/** Where a note's item starts: a line, 注：, an item's number, or the end of the clause before. */
const ITEM_START = /(?:^|\n|注[：:]|(?<![\d.])\d{1,2}[.．、](?!\d)|[；;。])\s*(?![\s\S]*(?:\n|注[：:]|(?<![\d.])\d{1,2}[.．、](?!\d)|[；;。]))/;
/** Where the name of what is called preliminary ends in its item: its first clause, before 绝对数 or 按. */
const NAME_END = /[，,]|绝对数|按/;
/** What a name is written with in a note and not in a figure's name (各产业增加值 → 产业增加值). */
const NOTE_WORDS = /^各/;
/** The words of all of a document's figures (数据, 数字), which name none in particular. */
const WHOLE = /数据|数字/;
/** How far before its words of being preliminary an item may start. */
const ITEM_REACH = 80;

/**
 * The names of the figures a document's notes call preliminary (注：1.地区生产总值、各产业增加值绝对数按现价计算…，为初步核算数 →
 * 地区生产总值, 产业增加值; 单位地区生产总值能耗为初步核算数 → 单位地区生产总值能耗), so that its results of them are estimates wherever
 * they are written, not only in a sentence that opens with 初步核算. Empty where no note does.
 *
 * @param text - The normalised text.
 */
export function preliminaryAccounts(text: string): string[] {
  if (!text.includes('初步')) return [];
  const names: string[] = [];
  for (const found of text.matchAll(CALLED)) {
    const before = text.slice(Math.max(0, found.index - ITEM_REACH), found.index);
    const start = ITEM_START.exec(before);
    if (!start) continue;
    const item = before.slice(start.index + start[0].length);
    const end = NAME_END.exec(item);
    for (const name of (end ? item.slice(0, end.index) : item).split(/[、和及]/)) {
      const named = name.trim().replace(NOTE_WORDS, '');
      // 本公报中2025年数据为初步统计数 calls a year's figures preliminary, not some: see preliminaryYear.
      if (named.length >= 2 && !WHOLE.test(named)) names.push(named);
    }
  }
  return names;
}
