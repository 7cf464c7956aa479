import { alsoMeans } from '../quantity/also-means.ts';
import type { Quantity, UnitCode } from '../quantity/types.ts';

/**
 * The unit a claim has, given the unit it gives and the quantity its surface reads as: the one `parse` reads, or the other
 * meaning of a word of two (分: a score, or minutes; see `alsoMeans`) where the claim gives that one.
 *
 * @param given - The claim's `unit`.
 * @param quantity - What its surface (with its `unit_text`) reads as.
 */
export function claimUnit(given: string, quantity: Quantity): UnitCode {
  const other = alsoMeans(quantity.unitText);
  return other !== null && given === other ? other : quantity.unit;
}
