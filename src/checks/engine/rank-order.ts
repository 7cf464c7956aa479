import type { CheckResult } from '../types.ts';

/** The order results are ranked in: most newsworthy first, then most severe, then by check id (so the order is stable). */
export const rankOrder = (a: CheckResult, b: CheckResult): number =>
  b.newsworthiness - a.newsworthiness || b.severity - a.severity || a.check.localeCompare(b.check);
