import { QUALIFIER_WORDS } from '../quantity/qualifiers.ts';
import { UNITS } from '../quantity/units.ts';

/** What a run of text with digits looks like, before any guess at its meaning. */
export type NumberShape = 'date' | 'year' | 'code' | 'name' | 'ratio' | 'quantity';

/** A numeric expression found in normalised text: its span and shape. */
export interface NumberMatch {
  start: number;
  end: number;
  shape: NumberShape;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

const BEFORE = longestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'before').map((word) => word.zh));
const AFTER = longestFirst(QUALIFIER_WORDS.filter((word) => word.placement === 'after' && word.zh !== '余' && word.zh !== '多').map((word) => word.zh));
const UNIT = longestFirst(UNITS.map((unit) => unit.zh).filter((zh) => zh !== '' && zh !== ':'));
const NUMBER = '\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?';

/**
 * One pattern for every shape, tried in this order at each position: full dates, ISO dates,
 * month-day dates (5·28), years (2023年), codes (1+5+N), names with letters (5G, G353), ratios
 * (2.35:1), and quantities with their qualifier words, scale, unit and 余/多. Every alternative
 * that can start inside a run (of letters, of digits) is anchored to the run's start by a
 * lookbehind, so no run is scanned again from each of its characters: the scan stays linear
 * however long a run of letters or digits is.
 */
const PATTERN = new RegExp([
  '(?<date>\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}|(?<![\\d.])\\d{1,2}月\\d{1,2}日|(?<![\\d.])\\d{1,2}·\\d{1,2}(?![\\d.]))',
  '(?<year>(?<![\\d.])(?:19|20)\\d{2}年(?!代|\\d))',
  '(?<code>(?<![\\d.])\\d+(?:\\+(?:\\d+|[A-Za-z]))+)',
  '(?<name>(?<![A-Za-z])[A-Za-z]+\\d+[A-Za-z\\d]*|(?<![\\d.])\\d+[A-Za-z]+(?![\\d.]))',
  `(?<ratio>(?<![\\d.])${NUMBER}:${NUMBER})`,
  `(?<quantity>(?:(?:${BEFORE})\\s?)?(?<![\\d.])${NUMBER}(?:余|多)?(?:万亿|亿|万)?(?:余|多)?(?:${UNIT})?(?:${AFTER})?)`,
].join('|'), 'gu');

/** Every numeric expression of a normalised text, left to right, without overlaps. */
export function scanNumbers(normalized: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const match of normalized.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const shape = (['date', 'year', 'code', 'name', 'ratio', 'quantity'] as const).find((name) => groups[name] !== undefined);
    if (!shape || match.index === undefined) continue;
    found.push({ start: match.index, end: match.index + match[0].length, shape });
  }
  return found;
}
