import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import { VERDICTS, type CheckResult } from '../checks/types.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { safeUrl } from '../text/safe-url.ts';
import { asFindings } from './as-findings.ts';
import { reportOf } from './report-of.ts';
import { markdownQuotes } from './markdown-quotes.ts';

/** Options of `findingsMarkdown`. */
export interface FindingsMarkdownOptions extends FindingsOptions {
  /** The report the results are about. Default: the bundled report. */
  report?: Report;
}

/**
 * The findings ledger as a Markdown document for editors and researchers (see `findingsOf`): the
 * source, the count of each verdict, every story with every finding in it (its sentences in
 * Chinese and English, its question, its check id, family and news value) and the quotes with
 * their claim ids, places in the report (character offsets and section) and claims notes; then
 * the results that are not comparable with their reason, and every check that holds. Text from
 * the data is escaped.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FindingsMarkdownOptions`.
 * @returns Markdown text.
 * @example
 * findingsMarkdown(runChecks()).split('\n')[0]
 * // => '# Fact-check: 重庆市武隆区人民政府工作报告'
 */
export function findingsMarkdown(results: readonly CheckResult[] | Findings, options: FindingsMarkdownOptions = {}): string {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const { source } = report.manifest;
  const lines = [
    `# ${escapeMarkdown(messages.storyTitleEn(source.title))}`,
    '',
    messages.findingsSource(escapeMarkdown(source.publisher), escapeMarkdown(source.date_given), escapeMarkdown(source.date_published), safeUrl(source.url)),
    '',
    `| ${VERDICTS.join(' | ')} |`,
    `| ${VERDICTS.map(() => '---:').join(' | ')} |`,
    `| ${VERDICTS.map((verdict) => sorted.counts[verdict]).join(' | ')} |`,
    '',
  ];
  // The ledger: every story with every result in it, in rank order, with what a researcher needs to trace it.
  sorted.stories.forEach((story, index) => {
    lines.push(`## ${index + 1}. ${messages.verdictName(story.lead.verdict).en}: ${escapeMarkdown(story.headline.en)}`, '');
    const members = [story.lead, ...story.supporting];
    for (const result of members) {
      if (members.length > 1) lines.push(`### ${messages.verdictName(result.verdict).en}: ${escapeMarkdown(result.headline_en)}`, '');
      lines.push(`${escapeMarkdown(result.explanation_zh)}`, '', `${escapeMarkdown(result.explanation_en)}`, '');
      if (result.question_en) lines.push(`**${messages.askLabel().en}:** ${escapeMarkdown(result.question_en)}`, '');
      lines.push(`*${messages.findingsMeta(escapeMarkdown(result.check), result.family, result.severity, result.newsworthiness, result.source)}* ${escapeMarkdown(result.why)}`, '');
    }
    lines.push(...markdownQuotes(members, report, { ids: true }));
  });
  const brief = (heading: string, list: readonly CheckResult[], text: (result: CheckResult) => string) => {
    if (list.length === 0) return;
    lines.push(`## ${escapeMarkdown(heading)}`, '');
    for (const result of list) lines.push(`- \`${result.check.replace(/`/g, '')}\`: ${escapeMarkdown(text(result))}`);
    lines.push('');
  };
  brief(messages.notComparableHeading(sorted.notComparable.length), sorted.notComparable, (result) => result.explanation_en);
  brief(messages.findingsHoldHeading(sorted.holding.length), sorted.holding, (result) => result.explanation_en);
  return `${lines.join('\n').trimEnd()}\n`;
}
