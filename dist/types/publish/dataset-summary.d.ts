import { type Report } from '../report/types.ts';
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
export declare function datasetSummary(report?: Report): string;
