import { claimReading } from '../report/claim-reading.ts';
import { desc } from 'arquero';
import { fitWidth } from '../text/display-width.ts';
import { formatBrackets } from '../text/format-interval.ts';
import { messages } from '../messages/index.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { bundledReport } from '../report/bundled-report.ts';
import { fig } from '../report/fig.ts';
import { CLAIM_KINDS, type Claim, type Report } from '../report/types.ts';

/**
 * Headline claims: the figures a report states in the overview of a part, before its subsections
 * (a top-level section, numbered without a dot), where a report states what it considers its main
 * numbers. Without sections, every claim of the statuses counts.
 */
function headline(report: Report, statuses: readonly string[]): Claim[] {
  return report.rows.filter((row) => !row.section.includes('.') && statuses.includes(row.status) &&
    (CLAIM_KINDS as readonly string[]).includes(row.kind));
}

function countsLine(report: Report, column: 'kind' | 'status' | 'topic'): string {
  return report.claims
    .groupby(column)
    .count()
    .orderby(desc('count'), column)
    .objects()
    .map((object) => object as Record<string, unknown>)
    .map((row) => `${String(row[column])} ${String(row.count)}`)
    .join(' · ');
}

function quoted(report: Report, rows: readonly Claim[]): string[] {
  const lines: string[] = [];
  let lastSentence = '';
  // A loop, not Math.max(...): spreading 200,000 rows into arguments overflows the stack.
  const idWidth = rows.reduce((widest, row) => Math.max(widest, row.id.length), 10);
  for (const row of rows) {
    const figure = fig(row.id, report);
    const sentence = figure.quote;
    if (sentence !== lastSentence) {
      lines.push('', `  「${sentence}」`);
      lastSentence = sentence;
    }
    lines.push(`    ${row.id.padEnd(idWidth)}  ${fitWidth(row.indicator.join('、'), 28)}  ${fitWidth(claimReading(row), 12)}  ${formatBrackets(figure.interval, figure.scale)}`);
  }
  return lines;
}

/**
 * A readable plain-text summary of a report's dataset: its source, the number of claims by kind,
 * status and topic, and the headline results and targets, each under the sentence that states it
 * with the interval its written digits stand for.
 *
 * @param report - The report; the bundled report by default.
 * @returns Text lines joined with `\n`.
 * @example
 * datasetSummary().split('\n')[0]
 * // => '重庆市武隆区人民政府工作报告 — 380 numeric expressions'
 */
export function datasetSummary(report: Report = bundledReport()): string {
  const { source } = report.manifest;
  const digitRuns = report.text.match(/\d+/g)?.length ?? 0;
  const lines = [
    messages.summaryTitle(source.title || report.dir, report.rows.length),
    `${source.title_en ?? ''}`,
    messages.summarySource(source.date_given, source.speaker, source.date_published, source.url),
    messages.summaryDigits(digitRuns, report.text.length),
    '',
    messages.summaryCounts('kind', countsLine(report, 'kind')),
    messages.summaryCounts('status', countsLine(report, 'status')),
    messages.summaryCounts('topic', countsLine(report, 'topic')),
    '',
    messages.summaryResultsHeading(report.years.review),
    ...quoted(report, headline(report, ['actual', 'estimate'])),
    '',
    messages.summaryTargetsHeading(report.years.plan),
    ...quoted(report, headline(report, ['target'])),
  ];
  // Every line carries text from the report: none may drive a terminal.
  return terminalSafe(lines.join('\n'));
}
