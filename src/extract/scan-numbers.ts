import { QUALIFIER_WORDS } from '../quantity/qualifiers.ts';
import { UNITS } from '../quantity/units.ts';
import { isDigit } from './is-digit.ts';
import { DECADE } from './decade.ts';
import { isSpace } from './is-space.ts';
import { scanChineseCounts } from './scan-chinese-counts.ts';
import { scanChineseShares } from './scan-chinese-shares.ts';
import { scanChineseRanks } from './scan-chinese-ranks.ts';
import { scanDoublings } from './scan-doublings.ts';

/**
 * What a run of text with digits looks like, before any guess at its meaning: a date (with its
 * time, or a span of months or years), a year, a code (1+5+N), a name (5G-A, PM2.5, 12345热线, 2型),
 * a ratio of two numbers, parts (7.4:39.6:53, three or more), a fraction (1/4), a range (1-2个), or
 * a quantity; `unread` marks a quantity whose words the parser refuses (超65岁以上), kept as text.
 */
export type NumberShape = 'date' | 'year' | 'code' | 'name' | 'ratio' | 'parts' | 'fraction' | 'range' | 'quantity' | 'unread';

/** A numeric expression found in normalised text: its span and shape. */
export interface NumberMatch {
  start: number;
  end: number;
  shape: NumberShape;
}

/**
 * The numeric expressions of a text, packed: the i-th has its span in `starts[i]`…`ends[i]` and its
 * shape at `SHAPES[shapes[i]]` (see `numberMatch`). A long text gives hundreds of thousands of
 * them: three typed arrays hold them, not as many objects.
 */
export interface NumberMatches {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  shapes: Uint8Array;
}

/** The i-th match, as an object. */
export function numberMatch(matches: NumberMatches, i: number): NumberMatch {
  return { start: matches.starts[i] as number, end: matches.ends[i] as number, shape: SHAPES[matches.shapes[i] as number] as NumberShape };
}

/** Room for `count` matches, keeping those found. */
function withRoom(matches: NumberMatches, count: number): NumberMatches {
  if (count <= matches.starts.length) return matches;
  const size = Math.max(count, matches.starts.length * 2);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const shapes = new Uint8Array(size);
  starts.set(matches.starts);
  ends.set(matches.ends);
  shapes.set(matches.shapes);
  return { count: matches.count, starts, ends, shapes };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A word as a pattern that also reads it split by the zero-width space of a page's wrap (以\u200b上, 个百\u200b分点; see `unwrapLines`). */
const splittable = (word: string): string => [...word].map(escape).join('\u200b?');
/** Such words as pattern alternatives, longest first. */
const splittableLongestFirst = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(splittable).join('|');

/** The qualifier words written before and after a number (after: less 余 and 多, which stand before the unit), as pattern alternatives, longest first. */
export const BEFORE = longestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'before').map((word) => word.zh));
export const AFTER = splittableLongestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'after' && word.zh !== '余' && word.zh !== '多').map((word) => word.zh));
const UNIT = UNITS.filter((unit) => unit.zh !== '' && unit.zh !== ':').sort((a, b) => b.zh.length - a.zh.length)
  .map((unit) => splittable(unit.zh) + ('notBefore' in unit ? `(?![${unit.notBefore}])` : '')).join('|');
const NUMBER = '\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?';
/**
 * A space or footnote mark (as text copied from a PDF has: 2060.35 亿元, 92.6①亿元) or the mark that a bound
 * includes its number (90（含）平方米以下) between a number and its scale or unit, and the zero-width space that stands for the line break of a page's wrap
 * (152.7\n亿元 and 152.7\r\n亿元, once `unwrapLines` has read them).
 */
const GAP = '(?:[ \\t\\u00a0\\u3000\\u2460-\\u2473※*]|[（(]含[)）])?\\u200b?';
/** The mark that a bound includes its number, between the unit and the word of the bound (30岁（含）以下). */
const INCLUSIVE = '(?:[（(]含[)）])?';
/** The days of sales that 双 names (双11, 双12): a name, not eleven of anything. */
export const SALES_DAY_AFTER = '双';
/** The digits of those days, as a pattern. */
export const SALES_DAY_DIGITS = '1[12](?![\\d.])';
/**
 * The words that make a number part of a name: 12345热线, 2型糖尿病, 齐鲁1号, 3号线, 世界500强, 15分钟健身圈 (a “circle” of services within 15 minutes),
 * the window of an air-quality statistic (日最大8小时滑动平均, 日最大8小时平均: the ozone standard's eight-hour mean, not a length of time),
 * the window of a rate (24小时扑灭率, 48小时办结率), a service's hours (24小时值班) and a campaign's year (专项整治2025行动).
 */
const NAME_AFTER = '热线|型|号|行动|强(?!度|化|制)|分钟[\\u4e00-\\u9fa5]{0,4}圈|小时滑动|小时平均|小时内?[\\u4e00-\\u9fa5]{1,3}率|小时(?:值班|值守|服务|在线|不间断)';
/**
 * A service's telephone number before the words that name its line (12368诉讼服务热线, 12345政务服务便民热线, 110报警服务台) or right
 * before what it does (110接警, 通过110救助群众, 120急救): a name. Only the numbers of services (110, 119, 120, 122, 12xxx, 9xxxx)
 * and never before a unit (156件政务服务便民热线转办件 is 156 items).
 */
const HOTLINE_DIGITS = '(?:11[09]|12[02]|12\\d{3}|9\\d{4})(?![\\d.])(?![件个条次项家人名位户起宗万亿])(?=[\\u4e00-\\u9fa5]{0,8}(?:热线|平台|服务专线|服务台)|报警|接警|接处警|指挥中心|急救|救助|联动)';
const HOTLINE = `(?<![\\d.])${HOTLINE_DIGITS}`;
/**
 * The people a rate is per (每10万人中拥有大学文化程度的18362人, 每100名学生): part of the rate's name, no count of its own.
 */
/** The count of people a rate is per, after 每 (10万人, 100名, 千人口). */
export const PER_PEOPLE_COUNT = '\\d+(?:万|千|百)?(?:人口|人|名)';
const PER_PEOPLE = `(?<=每)${PER_PEOPLE_COUNT}(?![\\d.])`;
/** The same, tried where a number starts (sticky): whether its digits are a service's telephone number. */
export const HOTLINE_AT = new RegExp(HOTLINE_DIGITS, 'y');
/** A class of ships or berths by tonnage (500吨级泊位, 10万吨级): a name. */
export const TONNAGE_CLASS = '\\d+万?吨级';
/** The same, tried where a number starts (sticky). */
export const TONNAGE_CLASS_AT = new RegExp(TONNAGE_CLASS, 'y');
/** The same words, tried where a number's digits or its unit end (sticky): whether the digits before are part of a name. */
export const NAME_WORD_AFTER = new RegExp(NAME_AFTER, 'y');
/**
 * Numbers that are codes however written: a telephone number (0531-86012345; 13812345678 after a
 * word of contact such as 电话 or 手机, since an amount of eleven digits is written so too), a
 * document's number (〔2024〕1号), a box's or an annex's number (专栏1, 附件2), an item's number
 * opening its line or a note (1. 2、, 注：1., 2.2024年预计…: the item's number before a year), a service's hours (7×24小时), a footnote's number ([1]), a formula's
 * constant (×100%), a court's case number ((2024)江01刑初58号), a news report's day (记者18日从…) and a version (DRG/DIP 2.0, 2.0版).
 */
const CODE_FORMS = '(?<![\\d.-])0\\d{2,3}-\\d{7,8}(?![\\d.])|(?<=(?:电话|手机|热线|拨打|联系|咨询|举报|号码)[^，。；\\d]{0,6})1[3-9]\\d{9}(?!\\d)|〔(?:19|20)\\d{2}〕\\d+号|(?<=专栏|附件|附表|附图)\\d+|(?<=(?:^|\\n)[ \\t\\u3000]*(?:(?:注|说明|备注|附件)[：:][ \\t\\u3000]*)?)\\d{1,2}(?=[.．、](?!\\d)|[.．](?:19|20)\\d{2}年)|(?<![\\d.])\\d{1,2}[×xX]\\d{1,2}小时'
  // A footnote's number ([1], ［1］), the constant of a formula (…×100%), a court's case number ((2024)江01刑初58号) and a day of the month a news report opens with (记者18日从…获悉).
  + '|(?<=[\\[［])\\d{1,2}(?=[\\]］])|(?<=×)\\d+%|(?<=[（(])(?:19|20)\\d{2}[)）][\\u4e00-\\u9fa5]{1,6}\\d{1,4}[\\u4e00-\\u9fa5]{1,6}\\d+号'
  + '|(?<![\\d.月])[0-3]?\\d日(?=从|电|讯|获悉|召开|举行|发布)'
  // The base of an index (上年同期=100, 上年=100): a code.
  + '|(?<=(?:上年|上年同期|上月|去年同期)[ \\t]?[=＝][ \\t]?)100(?![\\d.])'
  // A web page's index number (索引号：YX-01-2025-0007), a postcode (邮编：421800) and the numbers of an address (地址：…滨河东路18号政务中心4楼:
  // a number before 号, 楼, 层, 室, 栋 or 单元, looked behind only then).
  + '|(?<=索引号[：:][ \\t\\u3000]?[A-Za-z\\d/-]*)\\d+|(?<=(?:邮编|邮政编码)[：:]?[ \\t\\u3000]?)\\d{6}(?!\\d)|(?=\\d+(?:号|楼|层|室|栋|单元))(?<=(?:地址|通讯地址|办公地址)[：:][^；;。，,\\n）)]{0,40})\\d+(?![\\d.])'
  // A web page's count of views (浏览次数：1386, a bare number: 访问量：356万人次 is a figure), and a note's later item after the end of the one before (注：1.…相比。2.空气质量…).
  + '|(?<=(?:浏览|阅读|点击)(?:次数|量|数)?[：:][ \\t\\u3000]?)\\d+(?:,\\d{3})*(?![\\d.,%]|[\\u4e00-\\u9fa5])'
  // A standard's number with its year (GB 3095—2012, HJ 663-2013, GB/T 19001), and a table or figure a text points to (见表2, 详见附图3).
  + '|(?<=(?<![A-Za-z])(?:GB|HJ|JGJ|CJJ|DB|SL|NY|YY|QB|JB|HG)(?:/[TZ])?[ \\t]?)\\d+(?:\\.\\d+)?(?:[—–-](?:19|20)\\d{2})?(?![\\d.])'
  + '|(?<=(?:见|详见|如)附?[表图][ \\t]?)\\d+(?![\\d.])'
  // A version (DRG/DIP 2.0, 数字政府2.0版): after letters, or before 版, and before no unit.
  + '|(?<=[A-Za-z][ \\t]?)\\d{1,2}\\.\\d(?![\\d.%])(?![ \\t]?(?:万|亿|千|百|元|吨|个|倍|米|公里|克|升|人|户|家|次))|(?<![\\d.])\\d{1,2}\\.\\d(?=版(?!面|权|图))'
  + '|(?<=。)(?=\\d{1,2}[.．、](?!\\d))(?<=(?:^|\\n)[ \\t\\u3000]*(?:注|说明|备注)[：:][^\\n]{0,300})\\d{1,2}'
  // A class of graduates named by its year (2025届高校毕业生), and a number in a title of a book or a document (《…统计年鉴2026》).
  + '|(?<![\\d.])(?:19|20)\\d{2}(?=届)|(?<=《[^《》\\n]{0,30})\\d+(?=[^《》\\n]{0,30}》)';

/**
 * One pattern for every shape, tried in this order at each position: full dates (with a time),
 * spans of months (1-11月) and years (2020-2024年), ISO dates, month-day dates (5·28), months (2025年1月, 11月), times, years
 * (2023年), codes (1+5+N), names with letters (5G-A, G353, PM2.5) or name words (12345热线, 双11),
 * ratios and parts (2.35:1, 7.4:39.6:53), fractions (1/4), ranges (1-2个, 3至5年), and quantities
 * with their qualifier words, sign, scale, unit and 余/多. Every alternative that can start inside a
 * run (of letters, of digits) is anchored to the run's start by a lookbehind, so no run is scanned
 * again from each of its characters: the scan stays linear however long a run of letters or digits is.
 */
/** Characters 约 ends a word after (签约, 节约, 预约): there it is no "about" (完成家庭医生签约1.86万人). */
export const ENDS_WORD_WITH_YUE = '签合节契公预制条履违特邀相';

/** Words 不足 is a noun after (问题不足, 差距不足: shortcomings), no bound of the number after it (查摆问题不足45条). */
const SHORTCOMINGS = '(?:问题|差距|短板|查摆|查找|梳理|存在)';

/** The digits of a month, before 月: a qualifier before them (预计9月底) makes no quantity of them. */
const MONTH_DIGITS = '\\d{1,2}月';

const PATTERN = new RegExp([
  '(\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s?(?:上午|下午|晚上|凌晨)?\\d{1,2}(?::\\d{2}|时(?:\\d{1,2}分)?))?'
    + '|(?<![\\d.])\\d{1,2}[-—~～至]\\d{1,2}月(?!\\d{1,2}日)|(?<![\\d.])(?:19|20)\\d{2}年?[-—~～至](?:19|20)\\d{2}年(?!' + DECADE + ')|(?<![\\d.])(?:19|20)\\d{2}[-—~～至](?:19|20)\\d{2}(?![\\d.%年万亿])'
    + '|\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:]))?|(?<![\\d.])\\d{1,2}月\\d{1,2}(?:日(?:[至到—~～-](?:\\d{1,2}月)?\\d{1,2}日)?|[至到—~～-](?:\\d{1,2}月)?\\d{1,2}日)|(?<![\\d.])\\d{1,2}·\\d{1,2}(?![\\d.])'
    // A month of a year (2025年1月) or a month alone (1月, 11月底): dates, not years of duration nor counts.
    + '|(?<![\\d.])(?:\\d{4}年)?(?:1[0-2]|0?[1-9])月(?!\\d)'
    // A quarter of a year (2025年1季度, 1—3季度): a time, not a count.
    + '|(?<![\\d.])(?:\\d{4}年)?[1-4](?:[-—~～至][1-4])?季度'
    + '|(?<![\\d.])(?:[01]?\\d|2[0-3])时(?:[0-5]?\\d分)?)',
  // A year, also right after an item's number opening its line (2.2024年预计完成数…).
  `((?:(?<![\\d.])|(?<=(?:^|\\n)[ \\t\\u3000]*(?:附件[：:][ \\t\\u3000]*)?\\d{1,2}[.．]))(?:19|20)\\d{2}${GAP}年(?!${DECADE}|\\d))`,
  `((?<![\\d.])\\d+(?:\\+(?:\\d+(?![.\\d])|[A-Za-z]))+|${CODE_FORMS})`,
  `((?<![A-Za-z])[A-Za-z]+\\d+(?:\\.\\d+)?[A-Za-z\\d]*(?:-[A-Za-z]+|[—–-](?:19|20)\\d{2}(?![\\d.]))?|(?<![\\d.])\\d+[A-Za-z]+(?:-[A-Za-z]+)?(?![\\d.])|(?<![\\d.])\\d+(?=${NAME_AFTER})|(?<![\\d.])${TONNAGE_CLASS}|${HOTLINE}|(?<=${SALES_DAY_AFTER})${SALES_DAY_DIGITS}|${PER_PEOPLE})`,
  `((?<![\\d.])${NUMBER}(?::${NUMBER}){2,}(?![\\d.]))`,
  `((?<![\\d.])${NUMBER}:${NUMBER}(?![\\d.]))`,
  // A fraction (1/4), but not a rate per 100,000 (18/10万).
  '((?<![\\d./])\\d+/\\d+(?![\\d./万]))',
  // A range (1-2个, 3 至 5年), but not a number and a negative one apart (a table's 291.6 -1.8%: a hyphen after a space and before a digit is a sign).
  `((?<![\\d.])${NUMBER}(?:%|${GAP}(?:万亿|亿|万))?(?:${GAP}(?:—|~|～|至)${GAP}|-${GAP}|[ \\t\\u00a0\\u3000]-[ \\t\\u00a0\\u3000])${NUMBER}(?:万亿|亿|万)?${GAP}(?:${UNIT}))`,
  `((?:(?!(?<=[${ENDS_WORD_WITH_YUE}])约)(?!(?<=${SHORTCOMINGS})不足)(?:${BEFORE})\\s?)?(?:(?<![\\d.A-Za-z+-])[-+])?(?<![\\d.])(?!${MONTH_DIGITS})${NUMBER}(?:余|多)?(?:${GAP}(?:万亿|亿|万))?(?:余|多)?(?:${GAP}(?:${UNIT}))?(?:${INCLUSIVE}(?:${AFTER}))?)`,
].join('|'), 'g');

const SHAPES = ['date', 'year', 'code', 'name', 'parts', 'ratio', 'fraction', 'range', 'quantity'] as const;

/**
 * How far before its first digit a match can start, at most: a qualifier word, a space and a minus
 * sign (超过 -5); a name's letters (PM2.5) are followed back separately.
 */
const REACH = Math.max(...QUALIFIER_WORDS.filter((word) => word.placement === 'before').map((word) => word.zh.length)) + 2;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The characters other than digits and letters a match can start with: the first of a qualifier
 * word before the number (累计, 超过…), a sign, and the bracket of a document's number (〔2024〕1号).
 * A position holding none of these, nor a digit or letter, starts no match: the pattern is not tried there.
 */
const STARTS = new Uint8Array(0x10000);
for (const word of QUALIFIER_WORDS) if (word.placement === 'before') STARTS[word.zh.charCodeAt(0)] = 1;
for (const char of '-+〔') STARTS[char.charCodeAt(0)] = 1;

/**
 * Every numeric expression of a normalised text, left to right, without overlaps. Every match of the pattern holds
 * a digit, so the pattern is tried only from a little before each digit that follows the last
 * match (`REACH` characters, and back over letters): no match can start earlier without holding an
 * earlier digit. The result is the one the pattern gives tried at every position. Counts written in Chinese numerals after
 * what they count (召开会议八次，) are quantities too (see `scanChineseCounts`), and so are shares in tenths and fractions (三成以上, 三分之一, see `scanChineseShares`)
 * ranks (排名全市第二, see `scanChineseRanks`) and doublings (翻一番, see `scanDoublings`).
 */
export function scanNumbers(normalized: string): NumberMatches {
  // A report has a figure every 40 characters or so: room for one every 32, grown if need be.
  let found = withRoom({ count: 0, starts: new Int32Array(0), ends: new Int32Array(0), shapes: new Uint8Array(0) }, (normalized.length >> 5) + 16);
  let done = 0;
  const length = normalized.length;
  for (;;) {
    // The next digit, found without a pattern: a match object per number is garbage the collector moves.
    let digit = done;
    while (digit < length && !isDigit(normalized.charCodeAt(digit))) digit += 1;
    if (digit === length) break;
    let from = Math.max(done, digit - REACH);
    // The first position before the digit that can start a match, else the digit itself.
    while (from < digit && STARTS[normalized.charCodeAt(from)] === 0 && !isLetter(normalized.charCodeAt(from))) from += 1;
    while (from > done && isLetter(normalized.charCodeAt(from - 1))) from -= 1;
    PATTERN.lastIndex = from;
    const match = PATTERN.exec(normalized);
    if (match === null) break;
    const start = match.index;
    done = start + match[0].length;
    // The first shape whose group took part: the groups are 1 to 9, in the order of SHAPES.
    let shape = 0;
    while (shape < SHAPES.length && match[shape + 1] === undefined) shape += 1;
    let end = done;
    // A space the match took but nothing after it (5 ) belongs to the text, not the number.
    while (end > start && isSpace(normalized.charCodeAt(end - 1))) end -= 1;
    if (shape < SHAPES.length) {
      found = withRoom(found, found.count + 1);
      found.starts[found.count] = start;
      found.ends[found.count] = end;
      found.shapes[found.count] = shape;
      found.count += 1;
    }
    if (done === start) done += 1;
  }
  const counts = scanChineseCounts(normalized);
  const shares = scanChineseShares(normalized);
  const ranks = scanChineseRanks(normalized);
  const doublings = scanDoublings(normalized);
  // The lists are in text order, and a count (ending in a classifier) never overlaps a share (ending in 成, 以上 or 左右), a rank
  // (after 第, which no count follows) nor a doubling (ending in 番).
  const written = shares.length === 0 && ranks.length === 0 && doublings.length === 0 ? counts : counts.concat(shares, ranks, doublings).sort((a, b) => a[0] - b[0]);
  return written.length === 0 ? found : withChineseCounts(found, written);
}

/** The matches with the counts in Chinese numerals (`scanChineseCounts`) among them, as quantities, in text order; one that overlaps a match is left out. */
function withChineseCounts(matches: NumberMatches, counts: readonly [number, number][]): NumberMatches {
  const merged = withRoom({ count: 0, starts: new Int32Array(0), ends: new Int32Array(0), shapes: new Uint8Array(0) }, matches.count + counts.length);
  let next = 0;
  const quantity = SHAPES.indexOf('quantity');
  const add = (start: number, end: number, shape: number) => {
    merged.starts[merged.count] = start;
    merged.ends[merged.count] = end;
    merged.shapes[merged.count] = shape;
    merged.count += 1;
  };
  for (let i = 0; i < matches.count; i += 1) {
    const start = matches.starts[i] as number;
    for (; next < counts.length && (counts[next] as [number, number])[0] < start; next += 1) {
      const [from, to] = counts[next] as [number, number];
      if (to <= start && (merged.count === 0 || (merged.ends[merged.count - 1] as number) <= from)) add(from, to, quantity);
    }
    add(start, matches.ends[i] as number, matches.shapes[i] as number);
  }
  for (; next < counts.length; next += 1) {
    const [from, to] = counts[next] as [number, number];
    if (merged.count === 0 || (merged.ends[merged.count - 1] as number) <= from) add(from, to, quantity);
  }
  return merged;
}
