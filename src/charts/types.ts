import type { Report } from '../report/types.ts';

/** Options every chart builder takes. */
export interface ChartOptions {
  /** The title, in Chinese (the title line) and English (the first subtitle line). Each builder has its own default. */
  title?: { zh: string; en: string };
  /** The width of the plot, in pixels. Default `PHONE_WIDTH` (300), readable on a phone. */
  width?: number;
  /** The report the source line cites. Default: the bundled report. */
  report?: Report;
}

/** Rows for a chart: an Arquero table or an array of plain objects. */
export type ChartRows = readonly Record<string, unknown>[] | { objects(): object[]; columnNames(): string[] };
