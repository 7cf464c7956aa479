import { type CheckSpec } from '../checks/types.ts';
import type { Claim } from './types.ts';
/**
 * Reads and checks a report's catalogue of named checks (`catalogue.json`): an array of check
 * specs, each naming its family, its claims and why it is asked (the format of `CheckSpec`).
 * Every entry is checked once here, at the boundary: a known family, a unique check id, a reason,
 * the fields of its family and no others, and claim ids that exist in the report.
 *
 * @param json - The text of `catalogue.json`.
 * @param rows - The report's claims, to check the ids against.
 * @param path - The file, for the error.
 * @returns The check specs, in file order.
 * @throws {ReportLoadError} Listing every problem, when the text is not JSON or an entry does not fit.
 * @example
 * readCatalogue('[{"check": "gdp", "family": "impossible_value", "why": "A level is never negative.", "figure": "gdp_2023"}]', bundledReport().rows, 'catalogue.json')[0].family
 * // => 'impossible_value'
 * readCatalogue('[{"check": "gdp", "family": "impossible_value", "why": "", "figure": "gdp_2032"}]', bundledReport().rows, 'catalogue.json')
 * // => throws ReportLoadError
 */
export declare function readCatalogue(json: string, rows: readonly Claim[], path: string): CheckSpec[];
