import type { Report } from '../report/types.ts';
import type { CheckSpec } from './types.ts';
/**
 * The automatic pass: derives checks from the links of a claims table, so that any report in the
 * same format gets checks without hand-writing them.
 *
 * - a growth rate with a level (`of`) and a base (`base`): `growth_vs_levels`, or `target_vs_growth`
 *   when the level is a target;
 * - a growth rate with a level and no base: `back_calculated_base`;
 * - a share or rate with a `whole`, or with the part it is a share of (`of`): `share_of_whole`;
 * - the levels and counts that are `part_of` one total: `parts_vs_total` (subset);
 * - a target of a level, count, rate or share with a `counterpart`: `target_below_actual`;
 * - every rate and share in percent, and every fall: `impossible_value`;
 * - one indicator with two different rows for one year and status: `stated_twice`;
 * - one written figure (3 significant digits or more, same unit) for unlinked, different indicators: `repeated_figure`.
 *
 * A link whose row has `scope` = `differs` gives a check with `scopeDiffers`.
 *
 * @param report - The report; the bundled report by default.
 * @returns The check specs, in text order of the claims they start from.
 * @example
 * deriveChecks().filter((spec) => spec.family === 'target_vs_growth').map((spec) => spec.target)
 * // => ['industrial_investment_2024_target', 'imports_exports_2024_target']
 */
export declare function deriveChecks(report?: Report): CheckSpec[];
