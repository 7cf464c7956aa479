import type { CheckOptions, CheckResult, Family, GapUnit, Verdict } from '../types.ts';
import type { NotComparableReason } from '../../interval/types.ts';
import type { Interval, UnitCode } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';
/** What a family computed, before the options (scope, reading) and the ranking are applied. */
export interface Draft {
    family: Family;
    figures: Figure[];
    verdict: Verdict;
    recomputed: Interval | null;
    reported: Interval | null;
    unit: UnitCode | null;
    gap: number | null;
    gapUnit: GapUnit | null;
    /** The numbers, described: a sentence without the verdict. */
    body: {
        zh: string;
        en: string;
    };
    reason?: NotComparableReason | null;
    /** For a tension: the assumption that reconciles the figures. */
    assumption?: {
        zh: string;
        en: string;
    } | null;
    /** A severity other than the verdict's (a coincidence, a caveat). */
    severity?: number;
}
/** The size of a gap for ranking, from 0 to 1: |ln ratio|, or points ÷ 10, capped at 1. */
export declare function gapSize(gap: number | null, unit: GapUnit | null): number;
/** Applies the options to a family's draft and writes the publishable result. */
export declare function buildResult(draft: Draft, options?: CheckOptions): CheckResult;
