import type { TopLevelSpec } from 'vega-lite';
import { FactcheckError } from '../errors/factcheck-error.ts';

/** A chart of a run, or why it was left out. */
export type OptionalChart = { spec: TopLevelSpec; skipped?: undefined } | { spec?: undefined; skipped: string };

/**
 * Builds a chart that a report may have nothing for (a statistical bulletin has no targets, a
 * fresh draft no counterpart links): the spec, or the builder's `CHART_DATA` message saying why
 * there is nothing to draw. Any other error is a bug and is thrown.
 */
export function optionalChart(build: () => TopLevelSpec): OptionalChart {
  try {
    return { spec: build() };
  } catch (error) {
    if (error instanceof FactcheckError && error.code === 'CHART_DATA') return { skipped: error.message };
    throw error;
  }
}
