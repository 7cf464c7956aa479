import type { UnitCode } from './types.ts';
/** Whether two unit codes measure the same thing (equal, or two counting words for firms). */
export declare function sameUnit(a: UnitCode, b: UnitCode): boolean;
