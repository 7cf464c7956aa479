import type { Report } from '../report/types.ts';
import type { CheckResult, CheckSpec } from './types.ts';
/**
 * Runs one check named by claim ids (a catalogue entry, or one the automatic pass derived) on a
 * report: looks up the figures and calls the check family.
 *
 * @param spec - The check (see `CheckSpec`).
 * @param report - The report; the bundled report by default.
 * @param source - Where the check came from. Default `'catalogue'`.
 * @returns The check result.
 * @throws {UnknownClaimError} When the spec names a claim the report does not have.
 * @throws {NotAQuantityError} When it names a date, a code or a name.
 * @example
 * runCheck({ check: 'tourism_2023', why: 'Arrivals × spending should be revenue.', family: 'product_identity', factors: ['tourist_arrivals_2023', 'tourism_spend_per_visitor_2023'], total: 'tourism_revenue_2023' }).verdict
 * // => 'contradiction'
 * runCheck({ check: 'typo', why: '', family: 'impossible_value', figure: 'gdp_2032' })
 * // => throws UnknownClaimError
 */
export declare function runCheck(spec: CheckSpec, report?: Report, source?: CheckResult['source']): CheckResult;
