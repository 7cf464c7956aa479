import type { ClaimProblem } from '../errors/claims-data-error.ts';
import { type Claim } from './types.ts';
/**
 * Checks typed claims against their report text: spans inside the text, `surface` equal to
 * `text.slice(start, end)`, no overlapping spans, unique ids, every quantity's value, scale, unit,
 * qualifier and 累计 flag equal to what `parse` reads from the surface, dates that are dates,
 * direction and basis only where they mean something, and every link pointing at an existing row
 * of a kind it can point to (a growth rate at a level, a 2024 target at a row of the same kind in
 * another year). Data problems are returned, not thrown, so that all can be shown at once.
 *
 * @param rows - Claims, as read by `readClaimsCsv`.
 * @param text - The report text the spans point into.
 * @returns Every problem found, each with its CSV line (header is line 1) and column; `[]` when clean.
 * @example
 * validateClaims(bundledReport().rows, bundledReport().text)
 * // => []
 */
export declare function validateClaims(rows: readonly Claim[], text: string): ClaimProblem[];
