import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';
/** The figures a share is checked against: its whole, its part, or both. */
export interface ShareOfWholeFigures {
    /** The whole (denominator), e.g. GDP. */
    whole?: Figure;
    /** The part (numerator), e.g. the amount of state assets revitalised. */
    part?: Figure;
}
/**
 * Checks a share against its whole: a share must lie between 0 and 100%; with the whole it gives
 * the part it implies (11% of 273.46亿元 is 30.08亿元; 10.5% of 273.455亿元 at the least), with the part the whole it implies, and
 * with both it is compared with the stated part (gap: stated part ÷ implied part).
 *
 * @param share - The share, in percent.
 * @param against - The whole, the part, or both.
 * @param options - See `CheckOptions`.
 * @returns The check result: `recomputed` is the implied part (or whole), `reported` the stated one.
 * @throws {FactcheckError} With code `CHECK_ARGUMENTS` when neither the whole nor the part is given.
 * @example
 * shareOfWhole(fig('culture_tourism_va_share_gdp_2023'), { whole: fig('gdp_2023') }).recomputed.low.toFixed(0)
 * // => '2871277500'
 */
export declare function shareOfWhole(share: Figure, against: ShareOfWholeFigures, options?: CheckOptions): CheckResult;
