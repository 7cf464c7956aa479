import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** The quote block of a result in Markdown, as both Markdown outputs write it: the sentence, then the claim, its figure and its place. */
export declare function markdownQuotes(result: CheckResult, report: Report): string[];
