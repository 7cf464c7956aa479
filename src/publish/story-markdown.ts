import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import { hasCheckChart } from '../charts/has-check-chart.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { safeUrl } from '../text/safe-url.ts';
import { asFindings } from './as-findings.ts';
import { reportOf } from './report-of.ts';
import { chartFileName } from './chart-file-name.ts';
import { markdownQuotes } from './markdown-quotes.ts';

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
export function storyMarkdown(results: readonly CheckResult[] | Findings, options: StoryMarkdownOptions = {}): string {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const { source } = report.manifest;
  const charts = options.charts === undefined ? 'charts' : options.charts;
  const url = safeUrl(source.url);
  const lines = [
    `# ${escapeMarkdown(messages.storyTitleZh(source.title))}`,
    '',
    `*${escapeMarkdown(messages.storyTitleEn(source.title_en ?? source.title))}*`,
    '',
    `${escapeMarkdown(messages.storySource(source.publisher, source.date_given))}${url ? ` <${url}>` : ''}`,
    '',
  ];
  sorted.featured.forEach((result, index) => {
    const name = messages.verdictName(result.verdict);
    lines.push(`## ${index + 1}. ${name.zh} ${name.en}: ${escapeMarkdown(result.check)}`, '');
    lines.push(escapeMarkdown(result.explanation_zh), '', escapeMarkdown(result.explanation_en), '');
    if (charts !== null && hasCheckChart(result)) lines.push(messages.storyChartLine(`${charts}/${chartFileName(result.check)}.svg`), '');
    lines.push(...markdownQuotes(result, report));
  });
  const brief = (heading: string, list: readonly CheckResult[]) => {
    if (list.length === 0) return;
    lines.push(`## ${escapeMarkdown(heading)}`, '');
    for (const result of list) {
      const name = messages.verdictName(result.verdict);
      lines.push(`- ${name.zh} ${name.en}, \`${result.check.replace(/`/g, '')}\`: ${escapeMarkdown(result.explanation_en)}`);
    }
    lines.push('');
  };
  brief(messages.moreFindingsHeading(sorted.more.length), sorted.more);
  brief(messages.notComparableHeading(sorted.notComparable.length), sorted.notComparable);
  lines.push(escapeMarkdown(messages.storyHoldsLine(sorted.holding.length)), '');
  return lines.join('\n');
}
