import type { Report } from '../report/types.ts';
/**
 * The source line every chart carries: the report's title and the date it was given, in Chinese
 * and English.
 *
 * @param report - The report; the bundled report by default.
 * @returns One line of text.
 * @example
 * sourceLine()
 * // => '来源 Source: 重庆市武隆区人民政府工作报告 (2024-01-31)'
 */
export declare function sourceLine(report?: Report): string;
