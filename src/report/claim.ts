import { FactcheckError } from '../errors/factcheck-error.ts';
import { UnknownClaimError } from '../errors/unknown-claim-error.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from './bundled-report.ts';
import type { Claim, Report } from './types.ts';

/**
 * Looks up one claim row by id.
 *
 * @param id - A claim id such as `'gdp_2023'`.
 * @param report - The report to look in; the bundled report by default.
 * @returns The typed row.
 * @throws {UnknownClaimError} When no row has this id; the error suggests the nearest ids.
 * @example
 * claim('gdp_2023').surface
 * // => '273.46亿元'
 * claim('gdp_2032')
 * // => throws UnknownClaimError
 */
export function claim(id: string, report: Report = bundledReport()): Claim {
  if (typeof id !== 'string') throw new FactcheckError('INVALID_ARGUMENT', messages.notAClaimId(id));
  const row = report.byId.get(id);
  if (!row) throw new UnknownClaimError(id, [...report.byId.keys()]);
  return row;
}
