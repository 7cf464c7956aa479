import type { CheckResult } from '../types.ts';

/**
 * The order results are ranked in: most newsworthy first, then most severe, then by check id in
 * code-point order (stable, and the same in every locale; a locale's collator also costs a first
 * use of about 13 ms).
 */
export const rankOrder = (a: CheckResult, b: CheckResult): number =>
  b.newsworthiness - a.newsworthiness || b.severity - a.severity || (a.check < b.check ? -1 : a.check > b.check ? 1 : 0);
