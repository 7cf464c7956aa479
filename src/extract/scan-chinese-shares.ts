import { UNITS } from '../quantity/units.ts';

/** The numerals a share in tenths is written with (三成, 两成): one of them, never a run (九成九, 十成). */
const ONE_NUMERAL = '一二三四五六七八九两';
/** What may stand right before those numerals: no other numeral, no word that picks out (第, 每, 这, 前…). */
const PICKING_OUT = `第每这那前后各几其此该本上“"/零〇十百千万亿${ONE_NUMERAL}`;
/** The qualifier words a share may open with (近三成, 超过四成, 不足两成), longest first. */
const QUALIFIERS = ['不低于', '不少于', '不超过', '不高于', '将近', '接近', '超过', '不足', '不到', '近', '约', '超', '逾'];
/** The bound words after 成 (三成以上, 六成左右). */
const AFTER = ['以上', '以下', '左右'];
/** The characters that make 成 the start of another word (成员, 成本, 成果, 一成不变, 七成熟, 八成新), from the unit table, and 新. */
const NOT_BEFORE = `${UNITS.find((unit) => unit.zh === '成')?.notBefore ?? ''}新${ONE_NUMERAL}十`;

/**
 * The shares a normalised text writes in tenths in Chinese numerals (三成, 四成以上, 近六成, 不足两成), as spans (end exclusive), in text
 * order: one numeral and 成, with the qualifier word before it and the bound after it (以上, 以下, 左右) if there are. Not inside a run of
 * numerals (九成九, 十成), after a word that picks out (第, 每, 这…), nor where 成 starts another word (成员, 成本, 一成不变, 七成熟).
 * Shares in digits (3成) are the number scanner's.
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
    const qualifier = QUALIFIERS.find((word) => normalized.startsWith(word, start - word.length));
    if (qualifier !== undefined) start -= qualifier.length;
    let end = at + 1;
    const bound = AFTER.find((word) => normalized.startsWith(word, end));
    if (bound !== undefined) end += bound.length;
    else if (end < normalized.length && NOT_BEFORE.includes(normalized.charAt(end))) continue;
    found.push([start, end]);
  }
  return found;
}
