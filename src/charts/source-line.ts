import { bundledReport } from '../report/bundled-report.ts';
import type { Report } from '../report/types.ts';
import { messages } from '../messages/index.ts';

/**
 * The source line every chart carries: the report's title, the date it was given and the date it
 * was published (when they differ).
 *
 * @param report - The report; the bundled report by default.
 * @returns One line of text.
 * @example
 * sourceLine()
 * // => '来源 Source: 重庆市武隆区人民政府工作报告 (given 2024-01-31; published 2024-02-23)'
 */
export function sourceLine(report: Report = bundledReport()): string {
  return messages.chartSource(report.manifest.source.title, report.manifest.source.date_given, report.manifest.source.date_published);
}
