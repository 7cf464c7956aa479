import type { CheckResult } from '../checks/types.ts';
import { hasCheckChart } from '../charts/has-check-chart.ts';
import { chartFileName } from './chart-file-name.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { safeUrl } from '../text/safe-url.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';

/** Options of `storyMarkdown`. */
export interface StoryMarkdownOptions {
  /** The report the results are about. Default: the bundled report. */
  report?: Report;
  /** Show at most this many findings (contradictions and tensions, most newsworthy first). Default 12. */
  findings?: number;
  /** Where the chart SVGs are, relative to the Markdown file, or `null` for no chart links. Default `'charts'`. */
  charts?: string | null;
}

/**
 * The fact-check story as Markdown, for editors who paste Markdown into their tools: the same
 * findings, sentences and quotes as the story page, with links to the chart SVGs `npm start`
 * writes. Every piece of text from the data is escaped.
 *
 * @param results - The ranked check results.
 * @param options - See `StoryMarkdownOptions`.
 * @returns The Markdown.
 * @example
 * storyMarkdown(checkResults()).split('\n')[0]
 * // => '# 事实核查:重庆市武隆区人民政府工作报告'
 */
export function storyMarkdown(results: readonly CheckResult[], options: StoryMarkdownOptions = {}): string {
  const report = options.report ?? bundledReport();
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
  const findings = results.filter((result) => result.verdict === 'contradiction' || result.verdict === 'tension').slice(0, options.findings ?? 12);
  findings.forEach((result, index) => {
    const name = messages.verdictName(result.verdict);
    lines.push(`## ${index + 1}. ${name.zh} ${name.en}: ${escapeMarkdown(result.check)}`, '');
    lines.push(escapeMarkdown(result.explanation_zh), '', escapeMarkdown(result.explanation_en), '');
    if (charts !== null && hasCheckChart(result)) {
      lines.push(messages.storyChartLine(`${charts}/${chartFileName(result.check)}.svg`), '');
    }
    for (const quote of result.quotes) {
      const row = report.byId.get(quote.id);
      const place = row ? messages.findingsPlace(row.start, row.end, row.section) : '';
      lines.push(`> ${escapeMarkdown(quote.quote)}`, '>', `> — ${escapeMarkdown(quote.id)} (${escapeMarkdown(quote.surface)}), ${escapeMarkdown(place)}`, '');
    }
  });
  lines.push(escapeMarkdown(messages.storyHoldsLine(results.filter((result) => result.verdict === 'holds' || result.verdict === 'holds_within_rounding').length)), '');
  return lines.join('\n');
}
