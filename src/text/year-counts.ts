/** The numbers of years a sentence counts in words (两年累计, 近三年, 前四年, 五年累计), by the word. */
export const YEAR_COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** Those words as a character class of a pattern: [两二三四五六七八九十]. */
export const YEAR_COUNT_WORD = `[${Object.keys(YEAR_COUNTS).join('')}]`;
