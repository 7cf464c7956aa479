import type { Claim } from './types.ts';

/**
 * What a claim reads as: its surface, followed by its unit where a table writes the unit apart
 * from the number (a unit column, a row's label 常住人口（万人）, a column heading 比上年增长（%）).
 * The quantity parser reads this, so that a table cell has the value, scale and unit of its row.
 *
 * @param row - A claim (its `surface` and `unit_text`).
 * @returns The surface, with `unit_text` after it when there is one.
 * @example
 * claimReading({ surface: '286.35', unit_text: '亿元' })
 * // => '286.35亿元'
 */
export function claimReading(row: Pick<Claim, 'surface' | 'unit_text'>): string {
  return row.unit_text ? `${row.surface}${row.unit_text}` : row.surface;
}
