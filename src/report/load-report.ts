import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromCSV } from 'arquero';
import { ClaimsDataError } from '../errors/claims-data-error.ts';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';
import { buildReport } from './build-report.ts';
import { manifestFromText } from './manifest-from-text.ts';
import { readManifest } from './read-manifest.ts';
import { readTextFile } from './read-text-file.ts';
import { readClaimsCsv } from './read-claims-csv.ts';
import { readCatalogue } from './read-catalogue.ts';
import type { Manifest, Report, Section } from './types.ts';
import { validateClaims } from './validate-claims.ts';

/** Options of `loadReport`. */
export interface LoadReportOptions {
  /** Check every claim against the text (spans, surfaces, parsed values, links). Default `true`. */
  validate?: boolean;
}

const DEFAULTS: Required<LoadReportOptions> = { validate: true };

function readText(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new ReportLoadError(path, messages.missingReportFile(dir, name));
  return readTextFile(path, name, { within: dir });
}

/** A data file of the folder (CSV, JSON), without the byte-order mark spreadsheet programs write. */
const readData = (dir: string, name: string): string => readText(dir, name).replace(/^\uFEFF/, '');

function readSections(dir: string, text: string): Section[] {
  if (!existsSync(join(dir, 'sections.csv'))) return [{ section: '0', start: 0, end: text.length, heading: '' }];
  return fromCSV(readData(dir, 'sections.csv'), { autoType: false }).objects().map((object) => {
    const row = object as Record<string, string>;
    return { section: row.section ?? '', start: Number(row.start), end: Number(row.end), heading: row.heading ?? '' };
  });
}

/**
 * Loads a report folder: `report.txt` (the text), `claims.csv` (the claims), and where present
 * `sections.csv`, `manifest.json` (without one, the source is read from the text: see
 * `manifestFromText`) and `catalogue.json` (the report's named checks, see `readCatalogue`). The report's years come from its manifest, else its headings, else its claims
 * (see `reportYears`). The claims are checked against the text unless
 * `validate: false`; every problem is reported at once.
 *
 * @param dir - The folder, e.g. `data/wulong-2024`.
 * @param options - See `LoadReportOptions`.
 * @returns The report with typed rows, an Arquero claims table, sections, manifest and an id index.
 * @throws {ReportLoadError} When `report.txt` or `claims.csv` is missing, `manifest.json` is not JSON, or `catalogue.json` does not fit its format.
 * @throws {ClaimsDataError} When the claims do not fit the format or do not match the text.
 * @example
 * loadReport('/nonexistent/folder')
 * // => throws ReportLoadError
 */
export function loadReport(dir: string, options: LoadReportOptions = {}): Report {
  const { validate } = { ...DEFAULTS, ...options };
  const text = readText(dir, 'report.txt');
  const rows = readClaimsCsv(readData(dir, 'claims.csv'));
  if (validate) {
    const problems = validateClaims(rows, text);
    if (problems.length > 0) throw new ClaimsDataError(problems);
  }
  // Without a manifest, the title, place, date and years are read from the text itself.
  const manifest: Manifest = readManifest(dir) ?? manifestFromText(text, { dataset: dir });
  const catalogue = existsSync(join(dir, 'catalogue.json')) ? readCatalogue(readData(dir, 'catalogue.json'), rows, join(dir, 'catalogue.json')) : [];
  // Absolute, so that the same folder given two ways is one report.
  return buildReport({ dir: resolve(dir), text, rows, manifest, sections: readSections(dir, text), catalogue });
}
