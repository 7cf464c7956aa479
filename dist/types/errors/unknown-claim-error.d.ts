import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown when a claim id is not in the report; carries the nearest ids as suggestions.
 *
 * @example
 * new UnknownClaimError('gpd_2023', ['gdp_2023', 'cpi_change_2023']).suggestions
 * // => ['gdp_2023']
 */
export declare class UnknownClaimError extends FactcheckError {
    readonly id: string;
    readonly suggestions: readonly string[];
    constructor(id: string, known: Iterable<string>);
}
