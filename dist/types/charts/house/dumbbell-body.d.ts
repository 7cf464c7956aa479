import type { ReportYears } from '../../report/types.ts';
/** One indicator of a dumbbell: its label, its two values and the label written at the second. */
export interface DumbbellRow {
    indicator: string;
    indicator_en: string;
    result: number;
    target: number;
    result_text: string;
    target_text: string;
    label: string;
}
/**
 * The body of a dumbbell chart: one row per indicator, a rule from the result of the year under
 * review to the target of the plan year, a circle and a triangle for the two (the series named in
 * both languages with the report's years, told apart by colour and by shape), and the label beside
 * the target.
 */
export declare function dumbbellBody(rows: readonly DumbbellRow[], years: ReportYears, xTitle: string, xFormat: {
    format?: string;
    labelExpr?: string;
}): Record<string, unknown>;
