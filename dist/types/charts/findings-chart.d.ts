import type { TopLevelSpec } from 'vega-lite';
import { type CheckResult } from '../checks/types.ts';
import type { ChartOptions, ChartRows } from './types.ts';
/**
 * A findings overview: every check result counted by verdict and severity, one mark per group
 * sized by its count and labelled with it, the verdicts told apart by shape as well as colour.
 *
 * @param results - Check results (`runChecks()`) or the findings table (`resultsTable(runChecks())`).
 * @param options - See `ChartOptions`.
 * @returns A Vega-Lite spec.
 * @throws {FactcheckError} With code `CHART_DATA` when there are no results.
 * @example
 * const spec = findingsChart(runChecks());
 * spec.data.values.find((row) => row.verdict === 'contradiction').count
 * // => 2
 */
export declare function findingsChart(results: readonly CheckResult[] | ChartRows, options?: ChartOptions): TopLevelSpec;
