import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Checks whether a target is set below what the previous year already achieved (60 new technology
 * firms planned after 115 were added). A target is a number set, not measured: its written number
 * is compared, not a rounding interval or its open end ("3家以上" sets a floor of 3), with the
 * result's rounding interval (a count of whole things, 26个, is exact). A target below the result is a `tension` (reconcilable only if the
 * district plans to do less, or counts something narrower); a target that is a ceiling (以内) is
 * a reduction target and holds. Different units, or definitions marked as differing, are
 * `not_comparable`.
 *
 * @param target - The target.
 * @param actual - The previous year's result for the same indicator.
 * @param options - See `CheckOptions`.
 * @returns The check result: `reported` is the target's number, `recomputed` the result's interval; the gap is target ÷ result.
 * @example
 * targetBelowActual(fig('new_tech_firms_2024_target'), fig('new_tech_firms_2023')).verdict
 * // => 'tension'
 * targetBelowActual(fig('tourism_revenue_2024_target'), fig('tourism_revenue_2023')).verdict
 * // => 'holds'
 */
export declare function targetBelowActual(target: Figure, actual: Figure, options?: CheckOptions): CheckResult;
