import { table } from 'arquero';
import type { CheckSpec } from '../checks/types.ts';
import { allFigures, seedFigures } from './fig.ts';
import type { Claim, Figure, Manifest, Report, ReportYears, Section } from './types.ts';

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
const readEnd = (value: number | string): number => (typeof value === 'string' ? Number(value) : value);

/** The shipped form of a loaded (and so validated) report. */
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
    figures: allFigures(report).map((figure) => ({ ...figure, interval: { low: openEnd(figure.interval.low), high: openEnd(figure.interval.high) } as unknown as Figure['interval'] })),
  };
}

/** The report of a shipped form, as `loadReport` would build it from `dir`, without re-validating. */
export function readShippedReport(shipped: ShippedReport, dir: string): Report {
  const report: Report = {
    dir,
    text: shipped.text,
    rows: shipped.rows,
    claims: table(shipped.columns),
    sections: shipped.sections,
    manifest: shipped.manifest,
    byId: new Map(shipped.rows.map((row) => [row.id, row])),
    years: shipped.years,
    catalogue: shipped.catalogue,
  };
  const interval = (figure: Figure) => figure.interval as unknown as { low: number | string; high: number | string };
  seedFigures(report, shipped.figures.map((figure) => ({ ...figure, interval: { low: readEnd(interval(figure).low), high: readEnd(interval(figure).high) } })));
  return report;
}
