import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
import { chartedResult } from './charted-result.ts';
import { optionalChart } from './optional-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
import { growthComparisonChart } from '../charts/growth-comparison-chart.ts';
import { storyParts } from './story-parts.ts';
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
 * structure as the story page (`storyHtml`): headline and lede, each featured story with its
 * sentences, question, chart link, quotes and related findings, the other stories in brief, the
 * questions for the government, what is not comparable, and the methods box. No identifiers; every
 * piece of text from the data is escaped.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `StoryMarkdownOptions`.
 * @returns The Markdown.
 * @example
 * storyMarkdown(runChecks()).split('\n')[0]
 * // => '# 旅游综合收入217亿元,而接待游客人次×旅游人均消费约为451亿元'
 */
export function storyMarkdown(results: readonly CheckResult[] | Findings, options: StoryMarkdownOptions = {}): string {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const { source } = report.manifest;
  const parts = storyParts(sorted, report);
  const charts = options.charts === undefined ? 'charts' : options.charts;
  const url = safeUrl(source.url);
  const verdictWords = (result: CheckResult): string => {
    const name = messages.verdictName(result.verdict);
    return `${name.zh} ${name.en}`;
  };
  const lines = [
    `# ${escapeMarkdown(parts.headline.zh)}`,
    '',
    `*${escapeMarkdown(parts.headline.en)}*`,
    '',
    escapeMarkdown(messages.storyKicker(source.title)),
    '',
    escapeMarkdown(parts.lede.zh), '', escapeMarkdown(parts.lede.en), '',
    ...(parts.unreviewed ? [`**${escapeMarkdown(parts.unreviewed.zh)}**`, '', `**${escapeMarkdown(parts.unreviewed.en)}**`, ''] : []),
    `${escapeMarkdown(parts.source)}${url ? ` <${url}>` : ''}`,
    '',
  ];
  if (charts !== null && sorted.total > 0) lines.push(messages.storyChartLine(escapeMarkdown(messages.storyOverviewLabel(sorted.total)), `${charts}/findings.svg`), '');
  sorted.featured.forEach((story, index) => {
    const { lead } = story;
    lines.push(`## ${index + 1}. ${verdictWords(lead)}: ${escapeMarkdown(story.headline.zh)}`, '', `*${escapeMarkdown(story.headline.en)}*`, '');
    lines.push(escapeMarkdown(lead.explanation_zh), '', escapeMarkdown(lead.explanation_en), '');
    if (lead.question_zh && lead.question_en) lines.push(`**${messages.askLabel().zh}:**${escapeMarkdown(lead.question_zh)}`, '', `**${messages.askLabel().en}:** ${escapeMarkdown(lead.question_en)}`, '');
    const charted = chartedResult(story);
    if (charts !== null && charted) lines.push(messages.storyChartLine(escapeMarkdown(charted.headline_en), `${charts}/${chartFileName(charted.check)}.svg`), '');
    if (story.supporting.length > 0) {
      lines.push(`### ${escapeMarkdown(messages.relatedHeading())}`, '');
      for (const result of story.supporting) lines.push(`- ${verdictWords(result)}: ${escapeMarkdown(result.explanation_zh)} ${escapeMarkdown(result.explanation_en)}`);
      lines.push('');
    }
    lines.push(...markdownQuotes([lead, ...story.supporting], report));
  });
  if (sorted.more.length > 0) {
    lines.push(`## ${escapeMarkdown(messages.moreFindingsHeading(sorted.more.length))}`, '');
    for (const story of sorted.more) {
      lines.push(`- ${verdictWords(story.lead)}, **${escapeMarkdown(story.headline.en)}**: ${escapeMarkdown(story.lead.explanation_en)}`);
      for (const result of story.supporting) lines.push(`  - ${verdictWords(result)}: ${escapeMarkdown(result.explanation_en)}`);
    }
    lines.push('');
  }
  if (parts.questions.length > 0) {
    lines.push(`## ${escapeMarkdown(messages.questionsHeading())}`, '');
    parts.questions.forEach((question, index) => lines.push(`${index + 1}. ${escapeMarkdown(question.zh)} ${escapeMarkdown(question.en)}`));
    lines.push('');
  }
  if (charts !== null && optionalChart(() => targetVsActualChart({ report })).spec) {
    lines.push(`## ${escapeMarkdown(messages.storyTargetsHeading(report.years.review, report.years.plan))}`, '', messages.storyChartLine(escapeMarkdown(messages.storyTargetsHeading(report.years.review, report.years.plan)), `${charts}/target-vs-actual.svg`), '');
    if (optionalChart(() => growthComparisonChart({ report })).spec) {
      lines.push(messages.storyChartLine(escapeMarkdown(messages.growthComparisonTitle(report.years.review, report.years.plan).en), `${charts}/growth-comparison.svg`), '');
    }
  }
  if (parts.notComparable.length > 0) {
    lines.push(`## ${escapeMarkdown(messages.notComparableHeading(parts.notComparable.length))}`, '');
    for (const result of parts.notComparable) lines.push(`- ${escapeMarkdown(result.explanation_zh)} ${escapeMarkdown(result.explanation_en)}`);
    lines.push('');
  }
  lines.push(escapeMarkdown(messages.storyHoldsLine(sorted.holding.length)), '');
  lines.push(`## ${escapeMarkdown(messages.methodsHeading())}`, '');
  for (const text of parts.methods) lines.push(escapeMarkdown(text.zh), '', escapeMarkdown(text.en), '');
  return lines.join('\n');
}
