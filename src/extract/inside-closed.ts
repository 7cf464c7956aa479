import type { DraftColumns } from './draft-columns.ts';

/** A closing and an opening bracket. */
const CLOSES = /[)）]/;
const OPENS = /[（(]/;

/**
 * Whether row `figure` stands in brackets that close before row `i` (…（公立医院…，民营医院86.1万人次），占65.1%;
 * 124.68亿元（含专项债券安排支出52.80亿元），下降6.3%): a bracket closes between them and none opens. A figure before a bracket
 * of words (80亿元（同口径），下降5%) is in none.
 */
export function insideClosed(columns: DraftColumns, text: string, figure: number, i: number): boolean {
  const between = text.slice(columns.end[figure] as number, columns.start[i] as number);
  return CLOSES.test(between) && !OPENS.test(between);
}
