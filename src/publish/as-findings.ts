import { findingsOf, type Findings, type FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';

/**
 * The findings of results, or the findings themselves when `findingsOf` has already sorted them:
 * every output takes its lists from one place. A `featured` option given with sorted findings
 * sorts them again with it, rather than being ignored.
 */
export function asFindings(input: readonly CheckResult[] | Findings, options: FindingsOptions = {}): Findings {
  if (!('featured' in input)) return findingsOf(input, options);
  return options.featured === undefined ? input : findingsOf(input.ranked, options);
}
