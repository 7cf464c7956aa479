import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { VERDICTS, type CheckResult, type Verdict } from './types.ts';
import { clusterResults, FINDING_VERDICTS, type Story } from './cluster-results.ts';

export { FINDING_VERDICTS, type Story };

/** Options of `findingsOf`. */
export interface FindingsOptions {
  /** How many stories are featured (shown in full, with their quotes and charts); the rest are listed briefly. Default 10. */
  featured?: number;
}

const DEFAULTS: Required<FindingsOptions> = { featured: 10 };

/** The results of a run sorted out for publishing: the same lists for every output. */
export interface Findings {
  /** Every result, ranked, each with its story's number in `cluster`. */
  ranked: CheckResult[];
  /** Every finding (a contradiction, a tension or a question), most newsworthy first. */
  findings: CheckResult[];
  /** The findings grouped into stories, most newsworthy first (see `clusterResults`). */
  stories: Story[];
  /** The first `featured` stories: shown in full, with their quotes and charts. */
  featured: Story[];
  /** The stories after the cut-off: listed briefly, never dropped. */
  more: Story[];
  /** Results whose figures cannot be set against each other, with the reason. */
  notComparable: CheckResult[];
  /** Results that hold, exactly or within rounding. */
  holding: CheckResult[];
  /** The number of results of each verdict. */
  counts: Record<Verdict, number>;
  /** The number of results. */
  total: number;
  /** The number of results that rest on claims no person has reviewed (`reviewed` = `false`). */
  unreviewed: number;
}

/**
 * The one definition of a finding that every output uses (terminal, Markdown, story page and its
 * Markdown twin, and the choice of charts of a run): a finding is a contradiction, a tension or a
 * question; findings that share figures are one story (`clusterResults`), stories are ranked by
 * their lead's news value; the first `featured` stories are shown in full and the rest listed
 * briefly. Results that are not comparable and results that hold are kept in their own lists, so
 * nothing is dropped. JSON output keeps every result.
 *
 * @param results - Check results, e.g. `runChecks(report)`, in any order.
 * @param options - See `FindingsOptions`.
 * @returns The results sorted into stories, featured and more, not comparable and holding.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when `featured` is not a whole number ≥ 0.
 * @example
 * const sorted = findingsOf(runChecks(), { featured: 3 });
 * [sorted.featured.length, sorted.featured[0].lead.check, sorted.counts.contradiction]
 * // => [3, 'tourism_revenue_identity_2023', 1]
 * findingsOf([]).findings
 * // => []
 */
export function findingsOf(results: readonly CheckResult[], options: FindingsOptions = {}): Findings {
  const { featured } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(featured) || featured < 0) throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('featured', featured));
  const { results: ranked, stories } = clusterResults(results);
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const result of ranked) counts[result.verdict] += 1;
  return {
    ranked,
    findings: ranked.filter((result) => FINDING_VERDICTS.includes(result.verdict)),
    stories,
    featured: stories.slice(0, featured),
    more: stories.slice(featured),
    notComparable: ranked.filter((result) => result.verdict === 'not_comparable'),
    holding: ranked.filter((result) => result.verdict === 'holds' || result.verdict === 'holds_within_rounding'),
    counts,
    total: results.length,
    unreviewed: ranked.filter((result) => result.reviewed === false).length,
  };
}
