import type { CheckOptions, CheckResult, Family } from '../types.ts';
import type { NotComparable } from '../../interval/types.ts';
import type { Figure } from '../../report/types.ts';
/** The result of a check whose figures cannot be set against each other at all. */
export declare function notComparableResult(family: Family, figures: Figure[], refusal: NotComparable, options: CheckOptions, severity?: number): CheckResult;
