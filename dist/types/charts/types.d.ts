import type { Report } from '../report/types.ts';
/** Options every chart builder takes. */
export interface ChartOptions {
    /** The title, in Chinese (the title line) and English (the first subtitle line). Each builder has its own default. */
    title?: {
        zh: string;
        en: string;
    };
    /** The width of the plot, in pixels. Default `PHONE_WIDTH` (300), readable on a phone. */
    width?: number;
    /**
     * The report the chart draws from, cited in the source line under the title. Builders that draw
     * a report (`targetVsActualChart`, `growthComparisonChart`) draw and cite this one, the bundled
     * report by default; builders that draw what you pass (figures, results, tables) cite it only
     * when given, and otherwise carry no source line: a chart never cites a report it did not draw.
     */
    report?: Report;
}
/** Rows for a chart: an Arquero table or an array of plain objects. */
export type ChartRows = readonly Record<string, unknown>[] | {
    objects(): object[];
    columnNames(): string[];
};
