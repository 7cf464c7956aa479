import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** Options of `storyMarkdown`. */
export interface StoryMarkdownOptions extends FindingsOptions {
    /** The report the results are about. Default: the bundled report. */
    report?: Report;
    /** Where the chart SVGs are, relative to the Markdown file, or `null` for no chart links. Default `'charts'`. */
    charts?: string | null;
}
/**
 * The fact-check story as Markdown, for editors who paste Markdown into their tools: the same
 * findings, sentences and quotes as the story page (see `findingsOf`), with links to the chart
 * SVGs the command writes. Every piece of text from the data is escaped.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `StoryMarkdownOptions`.
 * @returns The Markdown.
 * @example
 * storyMarkdown(runChecks()).split('\n')[0]
 * // => '# 事实核查:重庆市武隆区人民政府工作报告'
 */
export declare function storyMarkdown(results: readonly CheckResult[] | Findings, options?: StoryMarkdownOptions): string;
