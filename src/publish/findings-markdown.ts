import { VERDICTS, type CheckResult, type Verdict } from '../checks/types.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';
import { safeUrl } from '../text/safe-url.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { messages } from '../messages/index.ts';


/**
 * The findings as a Markdown document for editors: the source, the count of each verdict, then
 * every finding that is not a plain `holds`, most newsworthy first, with the sentence in Chinese
 * and English and the quotes with their places in the report (character offsets and section);
 * the checks that hold are listed at the end. Text from the data is escaped.
 *
 * @param results - Check results in rank order, e.g. from `checkResults`.
 * @param report - The report the results are about; the bundled report by default.
 * @returns Markdown text.
 * @example
 * findingsMarkdown(checkResults()).split('\n')[0]
 * // => '# Fact-check: 重庆市武隆区人民政府工作报告'
 */
export function findingsMarkdown(results: readonly CheckResult[], report: Report = bundledReport()): string {
  const { source } = report.manifest;
  const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict).length;
  const lines = [
    `# Fact-check: ${escapeMarkdown(source.title)}`,
    '',
    messages.findingsSource(escapeMarkdown(source.publisher), escapeMarkdown(source.date_given), safeUrl(source.url)),
    '',
    `| ${VERDICTS.join(' | ')} |`,
    `| ${VERDICTS.map(() => '---:').join(' | ')} |`,
    `| ${VERDICTS.map(count).join(' | ')} |`,
    '',
  ];
  const findings = results.filter((result) => result.verdict !== 'holds');
  findings.forEach((result, index) => {
    lines.push(`## ${index + 1}. ${result.verdict}: ${escapeMarkdown(result.check)}`, '');
    lines.push(`${escapeMarkdown(result.explanation_zh)}`, '', `${escapeMarkdown(result.explanation_en)}`, '');
    lines.push(`*${messages.findingsMeta(result.family, result.severity, result.newsworthiness, result.source)}* ${escapeMarkdown(result.why)}`, '');
    for (const quote of result.quotes) {
      const row = report.byId.get(quote.id);
      const place = row ? messages.findingsPlace(row.start, row.end, row.section) : '';
      lines.push(`> ${escapeMarkdown(quote.quote)}`, `>`, `> — \`${quote.id}\` (${escapeMarkdown(quote.surface)}), ${place}`, '');
    }
  });
  const holding = results.filter((result) => result.verdict === 'holds');
  lines.push(`## ${messages.findingsHoldHeading(holding.length)}`, '');
  for (const result of holding) lines.push(`- \`${result.check}\`: ${escapeMarkdown(result.explanation_en)}`);
  return `${lines.join('\n')}\n`;
}
