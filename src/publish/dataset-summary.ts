import { desc } from 'arquero';
import { fitWidth } from '../text/display-width.ts';
import { formatInterval } from '../text/format-interval.ts';
import { bundledReport } from '../report/bundled-report.ts';
import { fig } from '../report/fig.ts';
import { CLAIM_KINDS, type Claim, type Report } from '../report/types.ts';

/**
 * Headline claims: the figures of the report's two overview sections (part one before its
 * subsections, for the year's results; part two before its subsections, for the targets), where
 * a report states what it considers its main numbers.
 */
function headline(report: Report, section: string, statuses: readonly string[]): Claim[] {
  return report.rows.filter((row) => row.section === section && statuses.includes(row.status) &&
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
  const idWidth = Math.max(...rows.map((row) => row.id.length), 10);
  for (const row of rows) {
    const figure = fig(row.id, report);
    const sentence = figure.quote;
    if (sentence !== lastSentence) {
      lines.push('', `  「${sentence}」`);
      lastSentence = sentence;
    }
    lines.push(`    ${row.id.padEnd(idWidth)}  ${fitWidth(row.indicator.join('、'), 28)}  ${fitWidth(row.surface, 12)}  ${formatInterval(figure.interval, figure.scale)}`);
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
    `${source.title || report.dir} — ${report.rows.length} numeric expressions`,
    `${source.title_en ?? ''}`,
    `Given ${source.date_given} by ${source.speaker}; published ${source.date_published} at ${source.url}`,
    `${digitRuns} runs of digits in ${report.text.length} characters, each inside exactly one claim.`,
    '',
    `By kind:   ${countsLine(report, 'kind')}`,
    `By status: ${countsLine(report, 'status')}`,
    `By topic:  ${countsLine(report, 'topic')}`,
    '',
    '2023 headline results (part one overview) — claim id, indicator, as written, interval',
    ...quoted(report, headline(report, '1', ['actual', 'estimate'])),
    '',
    '2024 headline targets (part two overview)',
    ...quoted(report, headline(report, '2', ['target'])),
  ];
  return lines.join('\n');
}
