import type { Claim } from './types.ts';
/** A run of Arabic digits in the report text and how many claim spans contain it. */
export interface DigitRun {
    start: number;
    end: number;
    digits: string;
    /** Ids of the claims whose span contains the whole run. */
    claims: string[];
}
/**
 * Lists every run of Arabic digits (ASCII and full-width) in a text with the claims whose spans
 * contain it. A complete claims table gives exactly one claim per run; runs with none were left
 * out, runs with several were counted twice.
 *
 * @param text - The report text.
 * @param rows - The claims with their spans.
 * @returns One entry per digit run, in text order.
 * @example
 * digitCoverage('GDP 273.46亿元', [{ id: 'gdp', start: 4, end: 13 }]).map((run) => run.claims)
 * // => [['gdp'], ['gdp']]
 */
export declare function digitCoverage(text: string, rows: readonly Pick<Claim, 'id' | 'start' | 'end'>[]): DigitRun[];
