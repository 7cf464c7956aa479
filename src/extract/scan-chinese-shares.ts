import { UNITS } from '../quantity/units.ts';
import { chineseInteger } from '../quantity/chinese-integer.ts';

/** The numerals a share in tenths is written with (三成, 两成): one of them, never a run (九成九, 十成). */
const ONE_NUMERAL = '一二三四五六七八九两';
/** What may stand right before those numerals: no other numeral, no word that picks out (第, 每, 这, 前…). */
const PICKING_OUT = `第每这那前后各几其此该本上“"/零〇十百千万亿${ONE_NUMERAL}`;
/** The qualifier words a share may open with (近三成, 超过四成, 不足两成), longest first. */
const QUALIFIERS = ['不低于', '不少于', '不超过', '不高于', '将近', '接近', '超过', '不足', '不到', '近', '约', '超', '逾'];
/** The bound words after a share (三成以上, 六成左右, 一半以内). */
const AFTER = ['以上', '以下', '以内', '左右'];
/** What 一 ends a word after (统一, 唯一, 同一, 单一, 万一, 专一, 划一, 逐一, 合一, 之一). */
const ENDS_WITH_ONE = '统唯同单万专划逐合之';
/** More than the number before (三成多, 两成余). */
const MORE_THAN = '多余';
/** The characters that make 成 the start of another word (成员, 成本, 成果, 一成不变, 七成熟, 八成新), from the unit table, and 新. */
const NOT_BEFORE = `${UNITS.find((unit) => unit.zh === '成')?.notBefore ?? ''}新网${ONE_NUMERAL}十`;

/**
 * The shares a normalised text writes in Chinese numerals, as spans (end exclusive), in text order: tenths (三成, 四成以上, 近六成,
 * 不足两成), one numeral and 成, fractions of a whole of two to ten (三分之一, 约四分之三以上) and halves (一半, 超过一半), each with the qualifier word before it and
 * the bound after it (以上, 以下, 以内, 左右) if there are. Not inside a run of numerals (九成九, 十成, 百分之二十), after a word that picks out
 * (第, 每, 这…) or after a word 一 ends (统一成网), nor where 成 starts another word (成员, 成本, 一成不变, 七成熟); tenths and more
 * (三成多) are left as text. Shares in digits (3成) are the number scanner's.
 *
 * @param normalized - The normalised text.
 * @returns The start and end of each share.
 */
export function scanChineseShares(normalized: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = normalized.indexOf('成'); at >= 0; at = normalized.indexOf('成', at + 1)) {
    if (at === 0 || !ONE_NUMERAL.includes(normalized.charAt(at - 1))) continue;
    let start = at - 1;
    if (start > 0 && PICKING_OUT.includes(normalized.charAt(start - 1))) continue;
    // 统一成网, 唯一成员: 一 there ends a word.
    if (normalized.charAt(start) === '一' && start > 0 && ENDS_WITH_ONE.includes(normalized.charAt(start - 1))) continue;
    const qualifier = QUALIFIERS.find((word) => normalized.startsWith(word, start - word.length));
    if (qualifier !== undefined) start -= qualifier.length;
    let end = at + 1;
    const bound = AFTER.find((word) => normalized.startsWith(word, end));
    if (bound !== undefined) end += bound.length;
    else if (end < normalized.length && NOT_BEFORE.includes(normalized.charAt(end))) continue;
    // 三成多, 两成余: more than the tenths, which the parser does not read; left as text.
    if (end < normalized.length && MORE_THAN.includes(normalized.charAt(end))) continue;
    found.push([start, end]);
  }
  // 三分之一, 约四分之三以上: a fraction of a whole of two to ten, read where its 分之 is.
  let fractions = 0;
  for (let at = normalized.indexOf('分之'); at >= 0; at = normalized.indexOf('分之', at + 2)) {
    let start = at;
    while (start > 0 && at - start < 2 && WHOLE_NUMERALS.includes(normalized.charAt(start - 1))) start -= 1;
    const whole = start < at ? chineseInteger(normalized, start) : null;
    const part = chineseInteger(normalized, at + 2);
    if (whole === null || whole.end !== at || part === null || whole.value < 2 || whole.value > 10 || part.value < 1 || part.value > whole.value) continue;
    if (start > 0 && PICKING_OUT.includes(normalized.charAt(start - 1))) continue;
    if (WHOLE_NUMERALS.includes(normalized.charAt(part.end)) || '零〇百千万亿'.includes(normalized.charAt(part.end))) continue;
    const qualifier = QUALIFIERS.find((word) => normalized.startsWith(word, start - word.length));
    if (qualifier !== undefined) start -= qualifier.length;
    const bound = AFTER.find((word) => normalized.startsWith(word, part.end));
    found.push([start, part.end + (bound?.length ?? 0)]);
    fractions += 1;
  }
  // 一半, 超过一半, 一半以上: half, a fraction of its own; not of another half (另一半), nor inside a run of numerals (十一半).
  for (let at = normalized.indexOf('一半'); at >= 0; at = normalized.indexOf('一半', at + 2)) {
    if (at > 0 && (PICKING_OUT.includes(normalized.charAt(at - 1)) || OTHER.includes(normalized.charAt(at - 1)) || ENDS_WITH_ONE.includes(normalized.charAt(at - 1)))) continue;
    // 半导体, 半岛: 半 there starts another word (唯一半导体产业园).
    if (HALF_STARTS_WORD.includes(normalized.charAt(at + 2))) continue;
    let start = at;
    const qualifier = QUALIFIERS.find((word) => normalized.startsWith(word, start - word.length));
    if (qualifier !== undefined) start -= qualifier.length;
    const bound = AFTER.find((word) => normalized.startsWith(word, at + 2));
    found.push([start, at + 2 + (bound?.length ?? 0)]);
    fractions += 1;
  }
  return fractions === 0 ? found : found.sort((a, b) => a[0] - b[0]);
}

/** What makes 一半 the other half or a given one (另一半, 这一半), no share of a whole. */
const OTHER = '另';
/** The characters after 半 that make it the start of another word (半导体, 半岛, 半径, 半球, 半山, 半坡, 半成品, 半自动, 半封闭). */
const HALF_STARTS_WORD = '导岛径球山坡成自封';

/** The numerals of a fraction's whole (三, 十): one to ten. */
const WHOLE_NUMERALS = `${ONE_NUMERAL}十`;
