import { parseOrNull } from '../quantity/parse.ts';
import type { Quantity } from '../quantity/types.ts';

/** What a cell that is a unit alone, with or without a scale word, reads as (1 written before it), or null where the cell is no unit. */
export function unitAlone(text: string): Quantity | null {
  const quantity = parseOrNull(`1${text}`);
  return quantity !== null && quantity.qualifier === 'exact' && (quantity.unit !== 'number' || quantity.scale !== 1) ? quantity : null;
}
