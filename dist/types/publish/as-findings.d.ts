import { type Findings, type FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
/** The findings of results, or the findings themselves when `findingsOf` has already sorted them: every output takes its lists from one place. */
export declare function asFindings(input: readonly CheckResult[] | Findings, options?: FindingsOptions): Findings;
