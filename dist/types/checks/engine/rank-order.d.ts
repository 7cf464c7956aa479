import type { CheckResult } from '../types.ts';
/** The order results are ranked in: most newsworthy first, then most severe, then by check id (so the order is stable). */
export declare const rankOrder: (a: CheckResult, b: CheckResult) => number;
