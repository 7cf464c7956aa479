import { claimsTable } from './claims-table.ts';
import { reportYears } from './report-years.ts';
import type { Claim, Manifest, Report, Section } from './types.ts';

/** The parts of a report, as read from a folder or drafted from a text. */
export interface ReportParts {
  dir: string;
  text: string;
  rows: readonly Claim[];
  manifest: Manifest;
  /** Default: one section, the whole text. */
  sections?: readonly Section[];
  /** Default: none. */
  catalogue?: Report['catalogue'];
}

/**
 * Puts a report together from its parts: the claims table, the id index and the years (see
 * `reportYears`). `loadReport` and `draftReport` both build their reports here, so a drafted
 * report and a loaded one are the same thing.
 *
 * @param parts - See `ReportParts`.
 * @returns The report.
 * @example
 * buildReport({ dir: 'x', text: '增长5%。', rows: [], manifest: manifestFromText('增长5%。') }).sections
 * // => [{ section: '0', start: 0, end: 5, heading: '' }]
 */
export function buildReport(parts: ReportParts): Report {
  const { dir, text, rows, manifest } = parts;
  return {
    dir,
    text,
    rows,
    claims: claimsTable(rows),
    sections: parts.sections ?? [{ section: '0', start: 0, end: text.length, heading: '' }],
    manifest,
    byId: new Map(rows.map((row) => [row.id, row])),
    years: reportYears(text, rows, manifest),
    catalogue: parts.catalogue ?? [],
  };
}
