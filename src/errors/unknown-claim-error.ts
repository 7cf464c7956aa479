import { nearest } from './nearest.ts';
import { messages } from '../messages/index.ts';
import { FactcheckError } from './factcheck-error.ts';

/**
 * Thrown when a claim id is not in the report; carries the nearest ids as suggestions.
 *
 * @example
 * new UnknownClaimError('gpd_2023', ['gdp_2023', 'cpi_change_2023']).suggestions
 * // => ['gdp_2023']
 */
export class UnknownClaimError extends FactcheckError {
  readonly id: string;
  readonly suggestions: readonly string[];

  constructor(id: string, known: Iterable<string>) {
    const suggestions = nearest(id, known);
    super('UNKNOWN_CLAIM', messages.unknownClaim(id, suggestions));
    this.name = 'UnknownClaimError';
    this.id = id;
    this.suggestions = suggestions;
  }
}
