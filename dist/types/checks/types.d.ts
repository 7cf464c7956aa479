import type { NotComparableReason } from '../interval/types.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
import type { Figure, Topic } from '../report/types.ts';
/**
 * Verdicts, from the most to the least newsworthy:
 *
 * - `contradiction`: no values inside the figures' rounding intervals reconcile the statement;
 * - `tension`: reconcilable only under an assumption that strains the text, which the result states;
 * - `not_comparable`: the figures cannot be set against each other (real vs nominal growth,
 *   different definitions or units, a zero base); the result says why;
 * - `holds_within_rounding`: the figures as written disagree, but values within their rounding agree;
 * - `holds`: the figures as written agree.
 */
export declare const VERDICTS: readonly ['contradiction', 'tension', 'not_comparable', 'holds_within_rounding', 'holds'];
export type Verdict = (typeof VERDICTS)[number];
/** The check families, one file each under `src/checks/families/`. */
export declare const FAMILIES: readonly ['growth_vs_levels', 'target_vs_growth', 'back_calculated_base', 'product_identity', 'parts_vs_total', 'share_of_whole', 'target_below_actual', 'stated_twice', 'impossible_value', 'repeated_figure', 'total_vs_components'];
export type Family = (typeof FAMILIES)[number];
/** How a gap is measured: `ratio` (reported ÷ recomputed, 1 = agreement) or `pp` (reported − recomputed, in percentage points). */
export type GapUnit = 'ratio' | 'pp';
/** The quote of one claim involved in a check. */
export interface CheckQuote {
    id: string;
    surface: string;
    /** The sentence of the report that states the figure. */
    quote: string;
}
/** The result of one check: one row of the findings table. */
export interface CheckResult {
    /** The check id (a catalogue name, or a name derived from the claims for the automatic pass). */
    check: string;
    family: Family;
    verdict: Verdict;
    /** 3 contradiction, 2 tension, 1 not comparable, 0 holds; a family may lower it (a coincidence, a caveat). */
    severity: number;
    /**
     * What the findings are ranked by: `severity × (1 + size ÷ 2)`, where the size of the gap is
     * |ln ratio| or points ÷ 10, capped at 1. The halving keeps every contradiction (3 to 4.5) above
     * every tension (2 to 3), and every tension above every caveat (not comparable: 1 to 1.5).
     */
    newsworthiness: number;
    /** The claim ids involved. */
    claims: string[];
    topic: Topic;
    /** The value recomputed from the other figures, as an interval (±Infinity where open); `null` when none could be. */
    recomputed: Interval | null;
    /** The value the report states, as an interval; `null` when the check compares no stated value. */
    reported: Interval | null;
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
    /** A sentence in Chinese, ready to publish. */
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
export type Term = Figure | {
    grown: Figure;
    by: Figure;
} | {
    from: Figure;
    to: Figure;
} | {
    share: Figure;
    of: Figure;
};
/** Options every check family takes. */
export interface CheckOptions {
    /** The check id. Default: the family and the claim ids. */
    check?: string;
    /** Why the check is asked. Default: a sentence naming the family. */
    why?: string;
    /** The figures are not defined the same way (the claims' `scope` = `differs`): a finding becomes `not_comparable`. Default `false`. */
    scopeDiffers?: boolean;
    /**
     * The text can be read in more than one way and this check takes one reading: a contradiction
     * under it becomes a `tension`, with the reading stated as the assumption. Default none.
     */
    reading?: {
        en: string;
        zh: string;
    };
    /** Where the check came from. Default `'catalogue'` when `why` is given, else `'automatic'`. */
    source?: CheckResult['source'];
}
/** A term named by claim ids: an id, or `{ grown, by }`, `{ from, to }`, `{ share, of }` with ids (see `Term`). */
export type TermSpec = string | {
    grown: string;
    by: string;
} | {
    from: string;
    to: string;
} | {
    share: string;
    of: string;
};
/** A check named by claim ids, as the catalogue and the automatic pass write it. */
export type CheckSpec = {
    /** The check id. */
    check: string;
    /** Why the check is asked, in one sentence. */
    why: string;
    /** The figures are not defined the same way (see `CheckOptions.scopeDiffers`). */
    scopeDiffers?: boolean;
    /** The reading taken of ambiguous text (see `CheckOptions.reading`). */
    reading?: {
        en: string;
        zh: string;
    };
} & ({
    family: 'growth_vs_levels';
    rate: string;
    from: string;
    to: string;
} | {
    family: 'target_vs_growth';
    target: string;
    rate: string;
    base: string;
} | {
    family: 'back_calculated_base';
    rate: string;
    level: string;
} | {
    family: 'product_identity';
    factors: TermSpec[];
    total: TermSpec;
    subgroup?: {
        zh: string;
        en: string;
    };
} | {
    family: 'parts_vs_total';
    parts: TermSpec[];
    total: TermSpec;
    relation?: 'sum' | 'subset';
    allowUnits?: boolean;
} | {
    family: 'share_of_whole';
    share: string;
    whole?: string;
    part?: string;
} | {
    family: 'target_below_actual';
    target: string;
    actual: string;
} | {
    family: 'stated_twice';
    first: string;
    second: string;
} | {
    family: 'impossible_value';
    figure: string;
} | {
    family: 'repeated_figure';
    figures: string[];
} | {
    family: 'total_vs_components';
    total: TermSpec;
    components: TermSpec[];
    relation?: 'weighted_average' | 'product';
});
