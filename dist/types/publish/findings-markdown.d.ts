import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import { type CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** Options of `findingsMarkdown`. */
export interface FindingsMarkdownOptions extends FindingsOptions {
    /** The report the results are about. Default: the bundled report. */
    report?: Report;
}
/**
 * The findings as a Markdown document for editors (see `findingsOf`): the source, the count of
 * each verdict, each featured finding with its sentence in Chinese and English and the quotes
 * with their places in the report (character offsets and section), the findings after the
 * cut-off in brief, the results that are not comparable with their reason, and every check that
 * holds. Text from the data is escaped.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FindingsMarkdownOptions`.
 * @returns Markdown text.
 * @example
 * findingsMarkdown(runChecks()).split('\n')[0]
 * // => '# Fact-check: 重庆市武隆区人民政府工作报告'
 */
export declare function findingsMarkdown(results: readonly CheckResult[] | Findings, options?: FindingsMarkdownOptions): string;
