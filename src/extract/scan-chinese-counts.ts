import { CHINESE_NUMERALS, chineseInteger } from '../quantity/chinese-integer.ts';

/**
 * The classifiers a count in Chinese numerals is read before (次, 场次, 期, 轮, 个, 项…), longest first; no unit of time (年, 月, 天),
 * nor 类 (水质为二类: a grade, not two kinds).
 */
const CLASSIFIERS = ['场次', '人次', '批次', '件次', '次', '场', '期', '轮', '项', '个', '件', '家', '所', '部', '条', '批', '人', '名', '位', '座', '处', '台', '辆', '支', '种', '户', '份', '篇', '本', '起', '套', '张'];
/** The same, for a lookup of the two-character ones. */
const CLASSIFIER_SET: ReadonlySet<string> = new Set(CLASSIFIERS);
/** What a count may not follow (第, 每, a word that picks out, 上, a quotation mark, a slash, a numeral); before the numerals, 数 too. */
const PICKING_OUT = `第每这那前后近头逐各几其又再另此该本上“"「/${CHINESE_NUMERALS}`;
/** The qualifier words a count may open with (不少于四次, 约三次, 突破百家). */
const QUALIFIERS = '不少于|不低于|不超过|超过|突破|近|约';

/**
 * A count written in Chinese numerals after what it counts, ending its clause: 召开常委会会议八次，主任会议十九次、; 举办学习班
 * 两期。; 开展督查三轮; 不少于四次; 四十余次; 三次及以上. Not after 第 (第五次会议: an ordinal), 届 (六届二次、三次全会: a session's
 * number), 每 or 每年 a few words before (每年一次, 每月不少于两次: a frequency), a word that picks out (这, 前, 近, 各…), 上 (上千人: about),
 * a slash (批次/千人) or an opening quotation mark (“两个维护”), nor inside a run of numerals (数 only right before the numerals:
 * 数百家 is "several hundred", 总数突破百家 a count); not one alone (定一件、干一件: a saying far more often than a count), nor zero
 * alone (汽车零件), nor 一期 or 二期 (a project's phase); never before a noun (三次产业, 二次供水,
 * 四个全面): a count written so before its clause ends is a slogan or a name as often as a figure, and is left as text. Tried (sticky)
 * where `countBefore` finds the numerals of one, from the qualifier word before them if one ends there.
 */
const COUNT = new RegExp(
  `(?<!每(?:年|月|周|天|日|季|季度|半年|学期)[^，。；]{0,4})(?<!届[^，。；]{0,6})(?:(?<![${PICKING_OUT}])(?:${QUALIFIERS})\\s?|(?<![${PICKING_OUT}数]))(?!一(?:余|多)?(?:${CLASSIFIERS.join('|')}))(?![一二]期)(?![零〇](?:余|多)?(?:${CLASSIFIERS.join('|')}))[${CHINESE_NUMERALS}]+(?:余|多)?(?:${CLASSIFIERS.join('|')})(?:及以上|及以下|以上|左右)?(?=[，。；、,;：:）)]|和|及(?!以[上下])|$)`,
  'y',
);
/** How far before its numerals a count may start: a qualifier word and a space (不少于 ). */
const QUALIFIER_REACH = 4;
/** A qualifier word, and a space, that ends right before a count's numerals. */
const QUALIFIER_BEFORE = new RegExp(`(?:${QUALIFIERS})\\s?$`);

/** Tables indexed by UTF-16 unit: the numerals; the last characters of the classifiers; the marks a count may end its clause before. */
const NUMERAL = new Uint8Array(0x10000);
for (const char of CHINESE_NUMERALS) NUMERAL[char.charCodeAt(0)] = 1;
const CLASSIFIER_LAST = new Uint8Array(0x10000);
for (const classifier of CLASSIFIERS) CLASSIFIER_LAST[classifier.charCodeAt(classifier.length - 1)] = 1;
const CLAUSE_END = new Uint8Array(0x10000);
for (const char of '，。；、,;：:）)和及') CLAUSE_END[char.charCodeAt(0)] = 1;
const MORE = new Set(['余'.charCodeAt(0), '多'.charCodeAt(0)]);

/**
 * Where the numerals of a count in Chinese numerals start, for a count whose classifier (and 以上, 左右, 及以上) ends at `end`
 * (召开会议八次| → 八; 四十余次| → 四), or -1 where no numeral and classifier end there. It reads no more than that: whether the
 * numerals make a number, or the count a figure, is for the parser and for `scanChineseCounts`.
 *
 * @param text - The normalised text.
 * @param end - Where the count would end.
 */
export function countBefore(text: string, end: number): number {
  let at = end;
  if (at >= 3 && (text.startsWith('及以上', at - 3) || text.startsWith('及以下', at - 3))) at -= 3;
  else if (at >= 2 && (text.startsWith('以上', at - 2) || text.startsWith('左右', at - 2))) at -= 2;
  if (at < 2 || CLASSIFIER_LAST[text.charCodeAt(at - 1)] !== 1) return -1;
  // The classifier: two characters where one of them is written there (四批次), else one.
  at -= CLASSIFIER_SET.has(text.slice(at - 2, at)) ? 2 : 1;
  if (at > 0 && MORE.has(text.charCodeAt(at - 1))) at -= 1;
  if (at === 0 || NUMERAL[text.charCodeAt(at - 1)] !== 1) return -1;
  while (at > 0 && NUMERAL[text.charCodeAt(at - 1)] === 1) at -= 1;
  return at;
}

/**
 * The counts a normalised text writes in Chinese numerals after what they count (see `COUNT`), and its streaks (连续七年), as spans (end exclusive),
 * in text order. Only the characters before a mark that may end a clause are looked at, back to a numeral: the pattern is
 * tried only where one is.
 *
 * @param normalized - The normalised text.
 * @returns The start and end of each count.
 */
export function scanChineseCounts(normalized: string): [number, number][] {
  const found: [number, number][] = [];
  const streaks = scanStreaks(normalized);
  const length = normalized.length;
  for (let end = 1; end <= length; end += 1) {
    if (end < length && CLAUSE_END[normalized.charCodeAt(end)] !== 1) continue;
    const numerals = countBefore(normalized, end);
    // The numerals must make one number (三五次, 统一三次 make none).
    if (numerals < 0 || chineseInteger(normalized, numerals) === null) continue;
    // The count opens with the qualifier word that ends right before its numerals, if one does (不少于四次), else with them:
    // a count is never read from inside such a word (每月不超过三次 is no 超过三次).
    const qualifier = QUALIFIER_BEFORE.exec(normalized.slice(Math.max(0, numerals - QUALIFIER_REACH), numerals));
    const start = qualifier ? numerals - qualifier[0].length : numerals;
    COUNT.lastIndex = start;
    const count = COUNT.exec(normalized);
    if (count !== null && start + count[0].length === end && (found.length === 0 || (found.at(-1) as [number, number])[1] <= start)) found.push([start, end]);
  }
  if (streaks.length === 0) return found;
  // The streaks among the counts, in text order (both lists are): a count a streak overlaps is left out.
  const merged: [number, number][] = [];
  let next = 0;
  for (const count of found) {
    while (next < streaks.length && (streaks[next] as [number, number])[1] <= count[0]) merged.push(streaks[next++] as [number, number]);
    const streak = streaks[next];
    if (streak === undefined || count[1] <= streak[0]) merged.push(count);
  }
  return merged.concat(streaks.slice(next));
}

/** A streak written in Chinese numerals (连续七年, 连续三届): how many years, terms or times in a row, before what was kept up. */
const STREAK = new RegExp(`连续([${CHINESE_NUMERALS}]+)(?:年|届|次|个月|轮)`, 'y');

/** The streaks of a text (连续七年获评…), as spans of their numerals and unit: of two or more, whatever follows them. */
function scanStreaks(normalized: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = normalized.indexOf('连续'); at >= 0; at = normalized.indexOf('连续', at + 2)) {
    STREAK.lastIndex = at;
    const streak = STREAK.exec(normalized);
    const count = streak ? chineseInteger(normalized, at + 2) : null;
    // The numerals make one number, all of them (连续三五年 makes none), of two or more.
    if (streak && count !== null && count.end === at + 2 + (streak[1] as string).length && count.value >= 2) found.push([at + 2, at + streak[0].length]);
  }
  return found;
}
