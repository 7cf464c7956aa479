import type { CheckSpec } from '../checks/types.ts';
import { fig } from './fig.ts';
import { QUANTITY_KINDS, type Claim, type Figure, type Manifest, type Report, type ReportYears, type Section } from './types.ts';

/**
 * The form the package ships its bundled report in (`dist/bundled-report.json`): everything
 * `loadReport` builds, checked when the package is built, so that importing the package reads it
 * without parsing and validating the claims again. The claims table travels as its columns.
 */
export interface ShippedReport {
  format: 'wulong-factcheck/shipped-report@1';
  text: string;
  rows: Claim[];
  columns: Record<string, unknown[]>;
  sections: Section[];
  manifest: Manifest;
  years: ReportYears;
  catalogue: CheckSpec[];
  /** Every quantity claim as a figure, with open interval ends written as the strings "Infinity" and "-Infinity" (JSON has no infinity). */
  figures: Figure[];
}

const openEnd = (value: number): number | string => (Number.isFinite(value) ? value : String(value));

/**
 * The shipped form of a loaded (and so validated) report: what the build writes to
 * `dist/bundled-report.json`, read back by `readShippedReport`.
 */
export function shipReport(report: Report): ShippedReport {
  const columns = Object.fromEntries(report.claims.columnNames().map((name) => [name, Array.from(report.claims.array(name) as ArrayLike<unknown>)]));
  return {
    format: 'wulong-factcheck/shipped-report@1',
    text: report.text,
    rows: [...report.rows],
    columns,
    sections: [...report.sections],
    manifest: report.manifest,
    years: report.years,
    catalogue: [...report.catalogue],
    figures: report.rows.filter((row) => QUANTITY_KINDS.includes(row.kind)).map((row) => fig(row.id, report)).map((figure) => ({ ...figure, interval: { low: openEnd(figure.interval.low), high: openEnd(figure.interval.high) } as unknown as Figure['interval'] })),
  };
}
