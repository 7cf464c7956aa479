import type { Quantity } from '../quantity/types.ts';
import { unitAlone } from './unit-alone.ts';

/** A unit in brackets that ends a clause (利润总额（亿元）, 利润总额(亿元)为): the unit of the number after it. */
const UNIT_IN_BRACKETS = /[（(]([^（）()]{1,6})[)）]\s*(?:为|是|达到|达)?\s*$/;

/**
 * The unit a clause gives in brackets just before its number (利润总额（亿元）236.5), where the
 * number is written without one: the unit as written, what it reads as, and where the brackets
 * start in the clause. Null where the brackets hold no unit, or there are none.
 */
export function unitBefore(clause: string): { unit: string; inUnit: Quantity; at: number } | null {
  // The brackets close within the clause's last few characters, or there are none to read.
  const tail = clause.slice(-4);
  if (!tail.includes(')') && !tail.includes('）')) return null;
  const found = UNIT_IN_BRACKETS.exec(clause);
  const unit = found?.[1];
  const inUnit = unit === undefined ? null : unitAlone(unit);
  return found && unit !== undefined && inUnit ? { unit, inUnit, at: found.index } : null;
}
