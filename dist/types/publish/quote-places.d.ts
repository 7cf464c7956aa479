import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** One quote of a result with its place in the report, for every output that quotes. */
export interface QuotePlace {
    /** The sentence of the report that states the figure. */
    quote: string;
    id: string;
    surface: string;
    /** Where it is: character offsets and section (empty when the claim is not in this report). */
    place: string;
}
/** The quotes of a result, each with its place in the report: written once for the Markdown and HTML outputs. */
export declare function quotePlaces(result: CheckResult, report: Report): QuotePlace[];
