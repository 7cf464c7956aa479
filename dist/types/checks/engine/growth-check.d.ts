import type { CheckOptions, CheckResult, Family } from '../types.ts';
import type { Figure } from '../../report/types.ts';
/** A stated growth rate against the growth recomputed from two levels (shared by two families). */
export declare function growthCheck(family: Family, rate: Figure, from: Figure, to: Figure, options: CheckOptions): CheckResult;
