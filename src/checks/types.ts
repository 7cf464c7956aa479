import type { NotComparableReason } from '../interval/types.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
import type { Figure, Topic } from '../report/types.ts';

/**
 * Verdicts, from the strongest doubt to none (see `docs/checks.md`):
 *
 * - `contradiction`: no values inside the figures' rounding intervals make them agree;
 * - `tension`: they agree only under an assumption the report does not state, which the result names;
 * - `question`: the figures agree, but they record a choice worth asking about (a target below last
 *   year's result, a goal already met, a pace far from last year's);
 * - `not_comparable`: the figures measure different things (real vs nominal growth, different
 *   units, a zero base); the result says why;
 * - `holds_within_rounding`: the figures as written disagree, but values within their rounding agree;
 * - `holds`: the figures as written agree.
 */
export const VERDICTS = ['contradiction', 'tension', 'question', 'not_comparable', 'holds_within_rounding', 'holds'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The check families, one file each under `src/checks/families/`. */
export const FAMILIES = [
  'growth_vs_levels', 'target_vs_growth', 'back_calculated_base', 'product_identity', 'parts_vs_total',
  'share_of_whole', 'target_below_actual', 'stated_twice', 'impossible_value', 'repeated_figure',
  'total_vs_components', 'growth_pace', 'part_whole_growth',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * What kind of question a result answers, for grouping and for a reader: `arithmetic` (do the
 * figures add up?), `repetition` (one number stated twice, or one figure for two things), `plan`
 * (what a target asks for against what was achieved or promised before).
 */
export const CATEGORIES = ['arithmetic', 'repetition', 'plan'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a gap is measured: `ratio` (reported ÷ recomputed, 1 = agreement) or `pp` (reported − recomputed, in percentage points). */
export type GapUnit = 'ratio' | 'pp';

/** The quote of one claim involved in a check, with its place in the report text. */
export interface CheckQuote {
  id: string;
  /** The figure as written; `text.slice(start, end)` of the report. */
  surface: string;
  start: number;
  end: number;
  /** The sentence of the report that states the figure. */
  quote: string;
  /** The claims note on the figure (a definition that changed, an ambiguity), or `null`. */
  note: string | null;
}

/** The result of one check: one row of the findings table. */
export interface CheckResult {
  /** The check id (a catalogue name, or a name derived from the claims for the automatic pass). */
  check: string;
  family: Family;
  category: Category;
  verdict: Verdict;
  /**
   * How strong the doubt is: 3 contradiction, 2 tension, 1.5 question, 0.5 not comparable, 0 holds.
   * A family or a difference of definitions may lower it (a coincidence, a changed wording).
   */
  severity: number;
  /**
   * How important the indicator is to a reader: 3 for headline economic and fiscal indicators
   * (GDP, budget revenue, investment, retail sales, income, tourism revenue…), 2 for other money
   * and people, 1 for other counts (see `indicatorImportance`).
   */
  importance: number;
  /**
   * What results are ranked by (news value): `severity × importance × stake × (1 + size)`, where
   * `stake` is 1 for a claimed result and 0.8 for a target, and `size` is the relative size of the
   * gap from 0 to 1 (|ln ratio|, or points ÷ 10). See `docs/checks.md`.
   */
  newsworthiness: number;
  /** A headline for a reader, without figures' identifiers: what is in question, in Chinese. */
  headline_zh: string;
  headline_en: string;
  /** The question a reporter would put to the government, for a contradiction, tension or question; `null` otherwise. */
  question_zh: string | null;
  question_en: string | null;
  /**
   * The story this result belongs to (1 is the most newsworthy): flagged results that share a
   * figure form one story, and so do the plan questions of one kind; results that hold are
   * attached to the story whose figures they share. `null` for a result no story involves.
   * Set by `runChecks`.
   */
  cluster: number | null;
  /** Whether every claim of the result was reviewed by a person; from unreviewed claims (a draft from `extract`) no result is a contradiction. */
  reviewed: boolean;
  /** The claim ids involved. */
  claims: string[];
  topic: Topic;
  /** The value recomputed from the other figures, as an interval (±Infinity where open); `null` when none could be. */
  recomputed: Interval | null;
  /** The value the report states, as an interval; `null` when the check compares no stated value. */
  reported: Interval | null;
  /** The reported value as the report writes it (`10%以上`), for charts and tables; `null` when it is computed from several figures. */
  reported_text: string | null;
  /** The unit of `recomputed` and `reported`. */
  unit: UnitCode | null;
  /** The gap between reported and recomputed point values in `gap_unit`; `null` when not measurable. */
  gap: number | null;
  gap_unit: GapUnit | null;
  /** For `not_comparable`: why. */
  reason: NotComparableReason | null;
  /** For `tension` (and readings of ambiguous text): the assumption that reconciles the figures. */
  assumption_en: string | null;
  assumption_zh: string | null;
  /** The figures of the check described, without the verdict: one sentence in Chinese, for lists. */
  statement_zh: string;
  statement_en: string;
  /** The statement and the verdict: a sentence in Chinese, ready to publish. */
  explanation_zh: string;
  /** The same sentence in English. */
  explanation_en: string;
  /** The quotes of the claims involved, in the order of `claims`. */
  quotes: CheckQuote[];
  /** Why the check is asked (the catalogue's reason, or the link it was derived from). */
  why: string;
  /** Where the check came from: the named catalogue, the automatic pass over the links, or both. */
  source: 'catalogue' | 'automatic' | 'both';
}

/**
 * An operand of a check: a figure, or a value derived from figures.
 *
 * - a `Figure`;
 * - `{ grown, by }`: a level grown by a rate (`grown × (1 + by ÷ 100)`), e.g. 2024 arrivals from 2023 arrivals and the target growth;
 * - `{ from, to }`: the growth in percent from one level to another;
 * - `{ share, of }`: a share (percent) of a whole.
 */
export type Term = Figure | { grown: Figure; by: Figure } | { from: Figure; to: Figure } | { share: Figure; of: Figure };

/** A growth rate: a growth figure, or the growth between two levels (`{ from, to }`), either side of which may be a sum of levels. */
export type GrowthTerm = Figure | { from: Figure | readonly Figure[]; to: Figure | readonly Figure[] };

/** Options every check family takes. */
export interface CheckOptions {
  /** The check id. Default: the family and the claim ids. */
  check?: string;
  /** Why the check is asked. Default: a sentence naming the family. */
  why?: string;
  /**
   * The figures are not defined the same way (the claims' `scope` = `differs`): a doubt is one step
   * milder (contradiction → tension → question), its severity × 0.75, and the claims note is quoted.
   * Default `false`.
   */
  scopeDiffers?: boolean;
  /**
   * The text can be read in more than one way and this check takes one reading: a contradiction
   * under it becomes a `tension`, with the reading stated as the assumption. Default none.
   */
  reading?: { en: string; zh: string };
  /** Where the check came from. Default `'catalogue'` when `why` is given, else `'automatic'`. */
  source?: CheckResult['source'];
}

/** A term named by claim ids: an id, or `{ grown, by }`, `{ from, to }`, `{ share, of }` with ids (see `Term`). */
export type TermSpec = string | { grown: string; by: string } | { from: string; to: string } | { share: string; of: string };

/** A growth rate named by claim ids: a growth claim, or `{ from, to }` levels, where a list of ids stands for their sum. */
export type GrowthTermSpec = string | { from: string | string[]; to: string | string[] };

/** A check named by claim ids, as the catalogue and the automatic pass write it. */
export type CheckSpec = {
  /** The check id. */
  check: string;
  /** Why the check is asked, in one sentence. */
  why: string;
  /** The figures are not defined the same way (see `CheckOptions.scopeDiffers`). */
  scopeDiffers?: boolean;
  /** The reading taken of ambiguous text (see `CheckOptions.reading`). */
  reading?: { en: string; zh: string };
} & (
  | { family: 'growth_vs_levels'; rate: string; from: string; to: string }
  | { family: 'target_vs_growth'; target: string; rate: string; base: string }
  | { family: 'back_calculated_base'; rate: string; level: string }
  | { family: 'product_identity'; factors: TermSpec[]; total: TermSpec; subgroup?: { zh: string; en: string } }
  | { family: 'parts_vs_total'; parts: TermSpec[]; total: TermSpec; relation?: 'sum' | 'subset'; allowUnits?: boolean }
  | { family: 'share_of_whole'; share: string; whole?: string; part?: string }
  | { family: 'target_below_actual'; target: string; actual: string }
  | { family: 'stated_twice'; first: string; second: string }
  | { family: 'impossible_value'; figure: string }
  | { family: 'repeated_figure'; figures: string[] }
  | { family: 'total_vs_components'; total: TermSpec; components: TermSpec[]; relation?: 'weighted_average' | 'product' }
  | { family: 'growth_pace'; current: GrowthTermSpec; previous: string }
  | { family: 'part_whole_growth'; whole: GrowthTermSpec; part: GrowthTermSpec; previous?: { whole: GrowthTermSpec; part: GrowthTermSpec }; wholeLevel?: string }
);
