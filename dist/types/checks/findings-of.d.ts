import { type CheckResult, type Verdict } from './types.ts';
/** The verdicts that make a result a finding: what a reader is shown first, in full. */
export declare const FINDING_VERDICTS: readonly Verdict[];
/** Options of `findingsOf`. */
export interface FindingsOptions {
    /** How many findings are featured (shown in full, with a chart where there is one); the rest are listed briefly. Default 12. */
    featured?: number;
}
/** The results of a run sorted out for publishing: the same lists for every output. */
export interface Findings {
    /** Every result, ranked. */
    ranked: CheckResult[];
    /** Every finding (a contradiction or a tension), most newsworthy first. */
    findings: CheckResult[];
    /** The first `featured` findings: shown in full, with their quotes and charts. */
    featured: CheckResult[];
    /** The findings after the cut-off: listed briefly, never dropped. */
    more: CheckResult[];
    /** Results whose figures cannot be set against each other, with the reason. */
    notComparable: CheckResult[];
    /** Results that hold, exactly or within rounding. */
    holding: CheckResult[];
    /** The number of results of each verdict. */
    counts: Record<Verdict, number>;
    /** The number of results. */
    total: number;
}
/**
 * The one definition of a finding that every output uses (terminal, Markdown, story page and its
 * Markdown twin, and the choice of charts of a run): a finding is a contradiction or a tension;
 * findings are ranked by newsworthiness, then severity, then check id; the first `featured` are
 * shown in full and the rest listed briefly. Results that are not comparable and results that
 * hold are kept in their own lists, so nothing is dropped. JSON output keeps every result.
 *
 * @param results - Check results, e.g. `runChecks(report)`, in any order.
 * @param options - See `FindingsOptions`.
 * @returns The results sorted into findings, featured and more, not comparable and holding.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when `featured` is not a whole number ≥ 0.
 * @example
 * const sorted = findingsOf(runChecks(), { featured: 3 });
 * [sorted.featured.length, sorted.featured[0].check, sorted.counts.contradiction]
 * // => [3, 'tourism_revenue_growth_2024', 2]
 * findingsOf([]).findings
 * // => []
 */
export declare function findingsOf(results: readonly CheckResult[], options?: FindingsOptions): Findings;
