import type { Claim, Manifest, ReportYears } from './types.ts';
/**
 * The years a report reviews and plans for, read from the first source that says: the manifest
 * (`"years": { "review": 2023, "plan": 2024 }`), the report's headings (一、2023年工作回顾,
 * 二、2024年工作安排), or the years its claims carry (the commonest year of its results and of its
 * targets). A report that says nothing gets `null` for both, never a guess from elsewhere.
 *
 * @param text - The report text.
 * @param rows - Its claims.
 * @param manifest - Its manifest (optional).
 * @returns The two years and where they came from.
 * @example
 * reportYears('一、2023年工作回顾\n……\n二、2024年工作安排\n……', [])
 * // => { review: 2023, plan: 2024, from: 'headings' }
 * reportYears('今年全区生产总值增长5%。', [])
 * // => { review: null, plan: null, from: 'none' }
 */
export declare function reportYears(text: string, rows: readonly Claim[], manifest?: Pick<Manifest, 'years'>): ReportYears;
