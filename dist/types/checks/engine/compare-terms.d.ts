import type { GapUnit, Verdict } from '../types.ts';
import type { Evaluated } from './evaluate-term.ts';
/** The verdict and gap of a recomputed value set against a reported one. */
export interface Comparison {
    verdict: Extract<Verdict, 'holds' | 'holds_within_rounding' | 'contradiction'>;
    gap: number | null;
}
/** The gap between a reported and a recomputed point value: their ratio, or their difference in points. */
export declare function gapBetween(reported: number, recomputed: number, unit: GapUnit): number | null;
/**
 * Compares a recomputed value with a reported one: `holds` when the recomputed point value lies
 * inside the reported interval (the report's figure is the recomputation, rounded as written),
 * `holds_within_rounding` when only the two intervals meet, `contradiction` when they do not.
 */
export declare function compareTerms(recomputed: Evaluated, reported: Evaluated, unit: GapUnit): Comparison;
