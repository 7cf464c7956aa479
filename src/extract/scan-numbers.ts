import { QUALIFIER_WORDS } from '../quantity/qualifiers.ts';
import { UNITS } from '../quantity/units.ts';

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

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** The qualifier words written before and after a number (after: less 余 and 多, which stand before the unit), as pattern alternatives, longest first. */
export const BEFORE = longestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'before').map((word) => word.zh));
export const AFTER = longestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'after' && word.zh !== '余' && word.zh !== '多').map((word) => word.zh));
const UNIT = longestFirst(UNITS.map((unit) => unit.zh).filter((zh) => zh !== '' && zh !== ':'));
const NUMBER = '\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?';
/** One space or footnote mark (as text copied from a PDF has: 2060.35 亿元, 92.6①亿元) between a number and its scale or unit. */
const GAP = '[ \\t\\u00a0\\u3000\\u2460-\\u2473※*]?';
/** The words that make a number part of a name: 12345热线, 2型糖尿病, 齐鲁1号, 3号线. */
const NAME_AFTER = '热线|型|号';

/**
 * One pattern for every shape, tried in this order at each position: full dates (with a time),
 * spans of months (1-11月) and years (2020-2024年), ISO dates, month-day dates (5·28), times, years
 * (2023年), codes (1+5+N), names with letters (5G-A, G353, PM2.5) or name words (12345热线),
 * ratios and parts (2.35:1, 7.4:39.6:53), fractions (1/4), ranges (1-2个, 3至5年), and quantities
 * with their qualifier words, sign, scale, unit and 余/多. Every alternative that can start inside a
 * run (of letters, of digits) is anchored to the run's start by a lookbehind, so no run is scanned
 * again from each of its characters: the scan stays linear however long a run of letters or digits is.
 */
const PATTERN = new RegExp([
  '(?<date>\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s?(?:上午|下午|晚上|凌晨)?\\d{1,2}(?::\\d{2}|时(?:\\d{1,2}分)?))?'
    + '|(?<![\\d.])\\d{1,2}[-—~～至]\\d{1,2}月(?!\\d{1,2}日)|(?<![\\d.])(?:19|20)\\d{2}[-—~～至](?:19|20)\\d{2}年(?!代)'
    + '|\\d{4}-\\d{1,2}-\\d{1,2}|(?<![\\d.])\\d{1,2}月\\d{1,2}日|(?<![\\d.])\\d{1,2}·\\d{1,2}(?![\\d.])'
    + '|(?<![\\d.])(?:[01]?\\d|2[0-3])时(?:[0-5]?\\d分)?)',
  `(?<year>(?<![\\d.])(?:19|20)\\d{2}${GAP}年(?!代|\\d))`,
  '(?<code>(?<![\\d.])\\d+(?:\\+(?:\\d+|[A-Za-z]))+)',
  `(?<name>(?<![A-Za-z])[A-Za-z]+\\d+(?:\\.\\d+)?[A-Za-z\\d]*(?:-[A-Za-z]+)?|(?<![\\d.])\\d+[A-Za-z]+(?:-[A-Za-z]+)?(?![\\d.])|(?<![\\d.])\\d+(?=${NAME_AFTER}))`,
  `(?<parts>(?<![\\d.])${NUMBER}(?::${NUMBER}){2,}(?![\\d.]))`,
  `(?<ratio>(?<![\\d.])${NUMBER}:${NUMBER}(?![\\d.]))`,
  '(?<fraction>(?<![\\d./])\\d+/\\d+(?![\\d./]))',
  `(?<range>(?<![\\d.])${NUMBER}(?:%|${GAP}(?:万亿|亿|万))?${GAP}(?:-|—|~|～|至)${GAP}${NUMBER}(?:万亿|亿|万)?${GAP}(?:${UNIT}))`,
  `(?<quantity>(?:(?:${BEFORE})\\s?)?(?:(?<![\\d.A-Za-z-])-)?(?<![\\d.])${NUMBER}(?:余|多)?(?:${GAP}(?:万亿|亿|万))?(?:余|多)?(?:${GAP}(?:${UNIT}))?(?:${AFTER})?)`,
].join('|'), 'gu');

const SHAPES = ['date', 'year', 'code', 'name', 'parts', 'ratio', 'fraction', 'range', 'quantity'] as const;

/** Every numeric expression of a normalised text, left to right, without overlaps. */
export function scanNumbers(normalized: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const match of normalized.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const shape = SHAPES.find((name) => groups[name] !== undefined);
    if (!shape || match.index === undefined) continue;
    let end = match.index + match[0].length;
    // A space the match took but nothing after it (5 ) belongs to the text, not the number.
    while (end > match.index && /\s/.test(normalized[end - 1] as string)) end -= 1;
    found.push({ start: match.index, end, shape });
  }
  return found;
}
