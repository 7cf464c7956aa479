/** Where a government work report looks back and where it plans, and the year it plans for. */
export interface ReportLayout {
    /** The year the report plans for (its targets' year); the year reviewed is the one before. */
    year: number | null;
    /** The year the report reviews, from a review heading (一、2023年工作回顾), else the year before `year`. */
    reviewYear: number | null;
    /** Offset where the plan part starts (targets from here on), or the text's length when there is none. */
    planStart: number;
    /** Whether the years were read from the headings (rather than given, or guessed from the years written most often). */
    fromHeadings: boolean;
}
/**
 * Finds the layout of a report from its headings (一、2023年工作回顾 … 二、2024年工作安排): the
 * planning year and where the planning part starts. Without such headings the year is the one
 * most often written as 20xx年, and nothing counts as the plan unless the caller says so.
 */
export declare function reportLayout(text: string, year?: number): ReportLayout;
