import { UnknownValueError } from '../errors/unknown-value-error.ts';
import { bundledReport } from '../report/bundled-report.ts';
import { TOPICS, type Report, type Topic } from '../report/types.ts';
import { deriveChecks } from './derive-checks.ts';
import { runCheck } from './run-check.ts';
import { rankOrder } from './engine/rank-order.ts';
import { clusterResults } from './cluster-results.ts';
import { FAMILIES, VERDICTS, type CheckResult, type CheckSpec, type Family, type Verdict } from './types.ts';

/** Options of `runChecks`. */
export interface RunChecksOptions {
  /** Named checks to run. Default: the report's own catalogue (`report.catalogue`, from `catalogue.json` in its folder). */
  catalogue?: readonly CheckSpec[];
  /** Whether to add the checks derived from the links of the claims (`deriveChecks`). Default `true`. */
  automatic?: boolean;
  /** Keep only these families. Default: all. */
  family?: Family | readonly Family[];
  /** Keep only these verdicts. Default: all. */
  verdict?: Verdict | readonly Verdict[];
  /** Keep only these topics. Default: all. */
  topic?: Topic | readonly Topic[];
}

const asList = <T extends string>(what: string, value: T | readonly T[] | undefined, allowed: readonly T[]): readonly T[] | null => {
  if (value === undefined) return null;
  const list = typeof value === 'string' ? [value] : value;
  for (const item of list) if (!allowed.includes(item)) throw new UnknownValueError(what, String(item), allowed);
  return list;
};

/**
 * Results with check ids of their own: a target with two counterparts gives two checks of one
 * name, and a check id names a chart file and a row, so the second and later get `-2`, `-3`…
 * (in the order the checks were derived, so the same report always gives the same ids).
 */
function uniqueIds(results: readonly CheckResult[]): CheckResult[] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const count = (seen.get(result.check) ?? 0) + 1;
    seen.set(result.check, count);
    return count === 1 ? result : { ...result, check: `${result.check}-${count}` };
  });
}

/** The key two checks are the same by: their family and their claims. */
const keyOf = (result: CheckResult): string => `${result.family}|${[...result.claims].sort().join('+')}`;

/**
 * Runs every check on a report, the named catalogue and the automatic pass, and returns the typed
 * results ranked by newsworthiness (then severity, then check id). A check in both the catalogue
 * and the automatic pass is reported once, under its catalogue name, with `source` = `both`.
 *
 * @param report - The report; the bundled report by default.
 * @param options - See `RunChecksOptions`.
 * @returns The results, most newsworthy first.
 * @throws {UnknownValueError} When a filter names a family, verdict or topic that does not exist.
 * @throws {UnknownClaimError} When a catalogue entry names a claim the report does not have.
 * @example
 * runChecks(bundledReport(), { family: 'target_vs_growth' }).map((result) => [result.check, result.verdict, result.source])
 * // => [['imports_exports_target_2024', 'contradiction', 'both'], ['new_market_entities_target_2024', 'tension', 'catalogue'], ['industrial_investment_target_2024', 'holds', 'both']]
 */
export function runChecks(report: Report = bundledReport(), options: RunChecksOptions = {}): CheckResult[] {
  const families = asList('family', options.family, FAMILIES);
  const verdicts = asList('verdict', options.verdict, VERDICTS);
  const topics = asList('topic', options.topic, TOPICS);
  const catalogue = options.catalogue ?? report.catalogue;
  const results = new Map<string, CheckResult>();
  const specs = new Map<string, CheckSpec>();
  for (const spec of catalogue) {
    const result = runCheck(spec, report, 'catalogue');
    results.set(keyOf(result), result);
    specs.set(keyOf(result), spec);
  }
  if (options.automatic ?? true) {
    for (const spec of deriveChecks(report)) {
      const result = runCheck(spec, report, 'automatic');
      const key = keyOf(result);
      const named = specs.get(key);
      if (!named) {
        results.set(key, result);
        continue;
      }
      // The named check wins, but a difference of definitions the data records is never dropped.
      const merged = spec.scopeDiffers && !named.scopeDiffers ? runCheck({ ...named, scopeDiffers: true }, report, 'catalogue') : results.get(key);
      if (merged) results.set(key, { ...merged, source: 'both' });
    }
  }
  // Stories are found over every result, before any filter, so a result keeps its story's number whatever is asked for.
  return clusterResults(uniqueIds([...results.values()])).results
    .filter((result) => (families ?? FAMILIES).includes(result.family))
    .filter((result) => (verdicts ?? VERDICTS).includes(result.verdict))
    .filter((result) => (topics ?? TOPICS).includes(result.topic))
    .sort(rankOrder);
}
