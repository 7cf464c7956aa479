import type { ColumnTable } from 'arquero';
import type { CheckSpec } from '../checks/types.ts';
import type { Interval, Qualifier, Scale, UnitCode } from '../quantity/types.ts';
/** The kinds of numeric expression a claims row can hold. */
export declare const KINDS: readonly ['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change', 'threshold', 'duration', 'ordinal', 'date', 'code', 'name'];
export type Kind = (typeof KINDS)[number];
/** Kinds whose `value` is a quantity that `parse` reads from the surface. */
export declare const QUANTITY_KINDS: readonly Kind[];
/** Kinds that are a claim about the district's figures (not a date, a code, a name or a definition). */
export declare const CLAIM_KINDS: readonly Kind[];
/**
 * Period status: `actual` (a 2023 result), `estimate` (预计, a result not yet final),
 * `target` (a goal for 2024 or later), `reference` (dates, codes, names, ordinals, thresholds).
 */
export declare const STATUSES: readonly ['actual', 'estimate', 'target', 'reference'];
export type Status = (typeof STATUSES)[number];
/** For growth rows: comparable prices (`real`), current prices (`nominal`), a price index (`price`) or a physical quantity (`physical`). */
export declare const BASIS_VALUES: readonly ['real', 'nominal', 'price', 'physical'];
export type GrowthBasis = (typeof BASIS_VALUES)[number];
export declare const DIRECTIONS: readonly ['up', 'down'];
export type Direction = (typeof DIRECTIONS)[number];
export declare const TOPICS: readonly ['macro', 'tourism', 'industry', 'investment', 'consumption', 'enterprise', 'public_finance', 'finance', 'agriculture_rural', 'innovation_talent', 'trade_opening', 'urban', 'infrastructure', 'environment', 'employment', 'income', 'social', 'governance', 'meta'];
export type Topic = (typeof TOPICS)[number];
/** The link columns: each holds zero or more claim ids separated by `;`. */
export declare const LINK_COLUMNS: readonly ['of', 'base', 'whole', 'part_of', 'counterpart'];
export type LinkColumn = (typeof LINK_COLUMNS)[number];
/**
 * Whether a row's links (`counterpart`, `part_of`, `whole`) join figures defined the same way:
 * empty for the same definition, `differs` where the wording of scope or definition changes (the
 * `note` says how). Checks treat a `differs` link as not comparable rather than as a finding.
 */
export declare const SCOPES: readonly ['differs'];
export type Scope = (typeof SCOPES)[number];
/** The columns of `claims.csv`, in order. */
export declare const CLAIM_COLUMNS: readonly ["id", "start", "end", "surface", "value", "scale", "unit", "kind", "year", "status", "qualifier", "cumulative", "direction", "basis", "indicator", "indicator_en", "topic", "section", "of", "base", "whole", "part_of", "counterpart", "scope", "note"];
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];
/** One row of `claims.csv`, typed. Empty cells become `null`; list cells become arrays. */
export interface Claim {
    id: string;
    start: number;
    end: number;
    surface: string;
    /** The number as written (`"273.46"`); an ISO date for dates; the code as written for codes. */
    value: string;
    scale: Scale;
    unit: UnitCode | 'date' | 'code' | 'name';
    kind: Kind;
    year: number | null;
    status: Status;
    qualifier: Qualifier;
    cumulative: boolean;
    direction: Direction | null;
    /** One basis per indicator (aligned with `indicator`), empty when not a growth row. */
    basis: GrowthBasis[];
    /** One or more indicator names (several when one figure is stated for several indicators). */
    indicator: string[];
    indicator_en: string[];
    topic: Topic;
    section: string;
    of: string[];
    base: string[];
    whole: string[];
    part_of: string[];
    counterpart: string[];
    /** `differs` when the linked figures are not defined the same way (see `SCOPES`); `null` otherwise. */
    scope: Scope | null;
    note: string | null;
}
/** A section of the report with its span. */
export interface Section {
    section: string;
    start: number;
    end: number;
    heading: string;
}
/** The source of a dataset, as given by its manifest. */
export interface Manifest {
    dataset: string;
    description: string;
    source: {
        title: string;
        title_en?: string;
        publisher: string;
        url: string;
        date_given: string;
        date_published: string;
        speaker: string;
        occasion?: string;
        language?: string;
    };
    /** The years the report speaks of, where its headings do not say (see `ReportYears`). */
    years?: {
        review?: number;
        plan?: number;
    };
    files: {
        path: string;
        description: string;
        derived_from: string;
        method?: string;
        sha256?: string;
    }[];
}
/**
 * The years a report speaks of: the year it reviews (its results: 2023 in a work report given in
 * early 2024) and the year it plans for (its targets: 2024). `null` where the report does not say.
 */
export interface ReportYears {
    review: number | null;
    plan: number | null;
    /** Where they were read from: the manifest, the report's headings, the years of its claims, or nowhere. */
    from: 'manifest' | 'headings' | 'claims' | 'none';
}
/** A loaded report: its text, its claims (typed rows and an Arquero table), its sections and its source. */
export interface Report {
    /** Folder the report was loaded from. */
    dir: string;
    text: string;
    rows: readonly Claim[];
    /** All claims as an Arquero table (see `claimsTable`), with derived columns `number`, `amount`, `low`, `high`. */
    claims: ColumnTable;
    sections: readonly Section[];
    manifest: Manifest;
    /** Look up a row by id (undefined when absent). */
    byId: ReadonlyMap<string, Claim>;
    /** The years the report reviews and plans for. */
    years: ReportYears;
    /** The named checks of the report, from `catalogue.json` in its folder (`[]` when there is none). */
    catalogue: readonly CheckSpec[];
}
/** A figure: one claim with its parsed quantity and rounding interval, ready for arithmetic. */
export interface Figure {
    id: string;
    surface: string;
    /** The written number (`273.46`), before scale. */
    number: number;
    scale: Scale;
    unit: UnitCode;
    /** The amount in plain units (`27346000000` for 273.46亿元). */
    amount: number;
    /** The interval the written figure stands for, in plain units (±Infinity when open-ended). */
    interval: Interval;
    qualifier: Qualifier;
    kind: Kind;
    year: number | null;
    status: Status;
    direction: Direction | null;
    indicator: string[];
    indicator_en: string[];
    /** For growth rates, one basis per indicator (real, nominal, price, physical); `[]` otherwise. */
    basis: GrowthBasis[];
    topic: Topic;
    /** The sentence of the report that states the figure. */
    quote: string;
}
