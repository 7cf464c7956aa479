import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReport } from './load-report.ts';
import { readShippedReport } from './read-shipped-report.ts';
import type { ShippedReport } from './ship-report.ts';
import type { Report } from './types.ts';

// The package ships the built library in dist/ with data/ beside it; the sources live two levels
// down in src/report/. The data folder is found relative to this module either way.
const PACKAGED = new URL('../data/wulong-2024/', import.meta.url);

/** The folder of the bundled dataset, found relative to this module so it works from any working directory. */
export const BUNDLED_REPORT_DIR = fileURLToPath(existsSync(new URL('report.txt', PACKAGED)) ? PACKAGED : new URL('../../data/wulong-2024/', import.meta.url));

/** The validated report the build writes beside the built library (absent when running from the sources). */
const SHIPPED = new URL('./bundled-report.json', import.meta.url);

let cached: Report | undefined;

/**
 * The bundled Wulong District 2024 government work report, loaded once and cached.
 * Lookups such as `fig` and `cite` use it when no report is given. The built package reads the
 * form validated when it was built; the sources load and validate the data folder.
 *
 * @returns The report (the same object on every call).
 * @example
 * bundledReport().rows.length
 * // => 380
 */
export function bundledReport(): Report {
  cached ??= existsSync(SHIPPED)
    ? readShippedReport(JSON.parse(readFileSync(SHIPPED, 'utf8')) as ShippedReport, resolve(BUNDLED_REPORT_DIR))
    : loadReport(BUNDLED_REPORT_DIR);
  return cached;
}
