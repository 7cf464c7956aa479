import { UNITS } from './units.ts';
import type { UnitCode } from './types.ts';

/** The units written with a second meaning, by the word as written (分 → minute). */
const SECOND_MEANINGS: ReadonlyMap<string, UnitCode> = new Map(
  UNITS.flatMap((unit): [string, UnitCode][] => ('alsoMeans' in unit && unit.alsoMeans !== undefined ? [[unit.zh, unit.alsoMeans as UnitCode]] : [])),
);

/**
 * The other unit a unit word may mean (分: a score, or minutes), which a claim may give instead of the one `parse` reads; `null`
 * for a word of one meaning.
 *
 * @param written - The unit as written (a quantity's `unitText`).
 */
export function alsoMeans(written: string): UnitCode | null {
  return SECOND_MEANINGS.get(written) ?? null;
}
