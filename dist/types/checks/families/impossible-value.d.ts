import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/**
 * Checks that a figure can exist at all: a rate or share cannot exceed 100%, a count or amount
 * cannot be negative, and nothing can fall by more than 100%. "100%以上" for a rate is a `tension`:
 * it holds only if 以上 is read as "at least", i.e. exactly 100%.
 *
 * @param figure - The figure.
 * @param options - See `CheckOptions`.
 * @returns The check result: `reported` is the figure's interval, `recomputed` the possible range.
 * @example
 * impossibleValue(fig('rural_waste_treatment_rate_2024')).verdict
 * // => 'tension'
 * impossibleValue(fig('air_quality_good_rate_2023')).verdict
 * // => 'holds'
 */
export declare function impossibleValue(figure: Figure, options?: CheckOptions): CheckResult;
