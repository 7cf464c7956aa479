import { type Report, type Topic } from '../report/types.ts';
import { type CheckResult, type CheckSpec, type Family, type Verdict } from './types.ts';
/** Options of `runChecks` and `runChecks`. */
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
export declare function runChecks(report?: Report, options?: RunChecksOptions): CheckResult[];
