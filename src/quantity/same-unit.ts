import type { UnitCode } from './types.ts';

/** Counting words that count the same things: 户 and 家 both count firms and market entities. */
const SAME_COUNT: readonly (readonly UnitCode[])[] = [['household', 'entity']];

/** Whether two unit codes measure the same thing (equal, or two counting words for firms). */
export function sameUnit(a: UnitCode, b: UnitCode): boolean {
  return a === b || SAME_COUNT.some((group) => group.includes(a) && group.includes(b));
}
