import type { Claim } from './types.ts';

/** How a draft claim's note starts, as `extract` writes it: the columns a program guessed and a person has not checked. */
export const DRAFT_NOTE_PREFIX = 'guessed:';

/**
 * Whether a person has reviewed a claim: a claim written by `extract` carries a note starting with
 * `guessed:` until someone checks its guessed columns and removes that note (see
 * docs/claims-format.md). Checks never call figures from unreviewed claims a contradiction.
 *
 * @param claim - A claims row (`claim(id)`, or `report.rows`).
 * @returns `false` for a draft claim still marked as guessed.
 * @example
 * [isReviewed(claim('gdp_2023')), isReviewed({ note: 'guessed: kind;year; indicator_en to translate' })]
 * // => [true, false]
 */
export function isReviewed(claim: Pick<Claim, 'note'>): boolean {
  return !(claim.note ?? '').trimStart().startsWith(DRAFT_NOTE_PREFIX);
}
