import { zhNumberExpr } from '../zh-number-expr.ts';
import type { UnitCode } from '../../quantity/types.ts';
import { UNITS } from '../../quantity/units.ts';

/** The axis of a quantitative channel in a unit: percentages with %, amounts with 万/亿 and the unit. */
export function axisFormat(unit: UnitCode | null): { labelExpr: string } {
  if (unit === 'percent') return { labelExpr: "format(datum.value, '.4~') + '%'" };
  if (unit === 'pp') return { labelExpr: "format(datum.value, '.4~') + 'pp'" };
  const zh = unit === null ? '' : UNITS.find((row) => row.code === unit)?.zh ?? '';
  return { labelExpr: zhNumberExpr('datum.value', unit === 'number' || unit === 'ratio' ? '' : zh) };
}
