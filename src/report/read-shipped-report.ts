import { table } from 'arquero';
import { figureCache } from './figure-cache.ts';
import type { ShippedReport } from './ship-report.ts';
import type { Figure, Report } from './types.ts';

const readEnd = (value: number | string): number => (typeof value === 'string' ? Number(value) : value);

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
  figureCache.set(report, new Map(shipped.figures.map((figure) => [figure.id, { ...figure, interval: { low: readEnd(interval(figure).low), high: readEnd(interval(figure).high) } }])));
  return report;
}
