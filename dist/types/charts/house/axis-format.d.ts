import type { UnitCode } from '../../quantity/types.ts';
/** The axis of a quantitative channel in a unit: percentages with %, amounts with 万/亿 and the unit. */
export declare function axisFormat(unit: UnitCode | null): {
    labelExpr: string;
};
