import type { Report } from './types.ts';
/** The folder of the bundled dataset, found relative to this module so it works from any working directory. */
export declare const BUNDLED_REPORT_DIR: string;
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
export declare function bundledReport(): Report;
