import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import { type CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
/** Options of `storyHtml`. */
export interface StoryHtmlOptions extends FindingsOptions {
    /** The report the results are about. Default: the bundled report. */
    report?: Report;
}
/**
 * The fact-check story page: one standalone HTML file with the ranked findings, each with its
 * sentences in Chinese and English, its chart (interactive, drawn by vega-embed) and the quotes
 * with their places in the report. Vega, Vega-Lite and vega-embed are inlined, so the page needs
 * no network; every piece of text from the data is escaped; and the page carries a strict
 * Content-Security-Policy: scripts only by hash, no inline event handlers, no eval (Vega
 * expressions run in vega-interpreter), no network at all.
 *
 * @param results - The ranked check results (`runChecks(report)`).
 * @param options - See `StoryHtmlOptions`.
 * @returns The HTML document.
 * @example
 * const html = storyHtml(runChecks());
 * [html.startsWith('<!DOCTYPE html>'), html.includes("script-src 'sha256-"), html.includes('tourism_revenue_growth_2024')]
 * // => [true, true, true]
 */
export declare function storyHtml(results: readonly CheckResult[] | Findings, options?: StoryHtmlOptions): string;
