import { bundledReport } from '../report/bundled-report.ts';
import { fig } from '../report/fig.ts';
import type { Figure, Report } from '../report/types.ts';
import { backCalculatedBase } from './families/back-calculated-base.ts';
import { growthVsLevels } from './families/growth-vs-levels.ts';
import { impossibleValue } from './families/impossible-value.ts';
import { partsVsTotal } from './families/parts-vs-total.ts';
import { productIdentity } from './families/product-identity.ts';
import { repeatedFigure } from './families/repeated-figure.ts';
import { shareOfWhole } from './families/share-of-whole.ts';
import { statedTwice } from './families/stated-twice.ts';
import { targetBelowActual } from './families/target-below-actual.ts';
import { targetVsGrowth } from './families/target-vs-growth.ts';
import { totalVsComponents } from './families/total-vs-components.ts';
import { growthPace } from './families/growth-pace.ts';
import { partWholeGrowth } from './families/part-whole-growth.ts';
import type { CheckOptions, CheckResult, CheckSpec, GrowthTerm, GrowthTermSpec, Term, TermSpec } from './types.ts';

/**
 * Runs one check named by claim ids (a catalogue entry, or one the automatic pass derived) on a
 * report: looks up the figures and calls the check family.
 *
 * @param spec - The check (see `CheckSpec`).
 * @param report - The report; the bundled report by default.
 * @param source - Where the check came from. Default `'catalogue'`.
 * @returns The check result.
 * @throws {UnknownClaimError} When the spec names a claim the report does not have.
 * @throws {NotAQuantityError} When it names a date, a code or a name.
 * @example
 * runCheck({ check: 'tourism_2023', why: 'Arrivals × spending should be revenue.', family: 'product_identity', factors: ['tourist_arrivals_2023', 'tourism_spend_per_visitor_2023'], total: 'tourism_revenue_2023' }).verdict
 * // => 'contradiction'
 * runCheck({ check: 'typo', why: '', family: 'impossible_value', figure: 'gdp_2032' })
 * // => throws UnknownClaimError
 */
export function runCheck(spec: CheckSpec, report: Report = bundledReport(), source: CheckResult['source'] = 'catalogue'): CheckResult {
  const get = (id: string): Figure => fig(id, report);
  const term = (each: TermSpec): Term => {
    if (typeof each === 'string') return get(each);
    if ('grown' in each) return { grown: get(each.grown), by: get(each.by) };
    if ('from' in each) return { from: get(each.from), to: get(each.to) };
    return { share: get(each.share), of: get(each.of) };
  };
  const levels = (ids: string | string[]) => (typeof ids === 'string' ? get(ids) : ids.map(get));
  const growthTerm = (each: GrowthTermSpec): GrowthTerm => (typeof each === 'string' ? get(each) : { from: levels(each.from), to: levels(each.to) });
  const options: CheckOptions = { check: spec.check, why: spec.why, scopeDiffers: spec.scopeDiffers, reading: spec.reading, source };
  switch (spec.family) {
    case 'growth_vs_levels': return growthVsLevels(get(spec.rate), get(spec.from), get(spec.to), options);
    case 'target_vs_growth': return targetVsGrowth(get(spec.target), get(spec.rate), get(spec.base), options);
    case 'back_calculated_base': return backCalculatedBase(get(spec.rate), get(spec.level), options);
    case 'product_identity': return productIdentity(spec.factors.map(term), term(spec.total), { ...options, subgroup: spec.subgroup });
    case 'parts_vs_total': return partsVsTotal(spec.parts.map(term), term(spec.total), { ...options, relation: spec.relation, allowUnits: spec.allowUnits });
    case 'share_of_whole':
      return shareOfWhole(get(spec.share), { whole: spec.whole === undefined ? undefined : get(spec.whole), part: spec.part === undefined ? undefined : get(spec.part) }, options);
    case 'target_below_actual': return targetBelowActual(get(spec.target), get(spec.actual), options);
    case 'stated_twice': return statedTwice(get(spec.first), get(spec.second), options);
    case 'impossible_value': return impossibleValue(get(spec.figure), options);
    case 'repeated_figure': return repeatedFigure(spec.figures.map(get), options);
    case 'total_vs_components': return totalVsComponents(term(spec.total), spec.components.map(term), { ...options, relation: spec.relation });
    case 'growth_pace': return growthPace(growthTerm(spec.current), get(spec.previous), options);
    case 'part_whole_growth':
      return partWholeGrowth(growthTerm(spec.whole), growthTerm(spec.part), {
        ...options, previous: spec.previous && { whole: growthTerm(spec.previous.whole), part: growthTerm(spec.previous.part) },
        wholeLevel: spec.wholeLevel === undefined ? undefined : get(spec.wholeLevel),
      });
  }
}
