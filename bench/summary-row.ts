import type { summarise } from './stats.ts';

/** One line of the benchmark summary: what was measured, against which baseline, in one run. */
export interface SummaryRow {
  benchmark: string;
  ours: string;
  oursStats: ReturnType<typeof summarise>;
  baseline: string;
  baselineStats: ReturnType<typeof summarise>;
  /** How the two compare, in words (e.g. "1.9× the baseline", "124× faster"). */
  comparison: string;
  unit: 'ms' | 'MB/s';
}
