import type { ColumnTable } from 'arquero';
import type { CheckSpec } from '../checks/types.ts';
import type { Interval, Qualifier, Scale, UnitCode } from '../quantity/types.ts';

/** The kinds of numeric expression a claims row can hold. */
export const KINDS = [
  'level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change',
  'threshold', 'duration', 'ordinal', 'date', 'code', 'name',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds whose `value` is a quantity that `parse` reads from the surface. */
export const QUANTITY_KINDS: readonly Kind[] = KINDS.filter((kind) => !['date', 'code', 'name'].includes(kind));

/** Kinds that are a claim about the district's figures (not a date, a code, a name or a definition). */
export const CLAIM_KINDS: readonly Kind[] = ['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change', 'duration'];

/**
 * Period status: `actual` (a 2023 result), `estimate` (预计, a result not yet final),
 * `target` (a goal for 2024 or later), `reference` (dates, codes, names, ordinals, thresholds).
 */
export const STATUSES = ['actual', 'estimate', 'target', 'reference'] as const;
export type Status = (typeof STATUSES)[number];

/** For growth rows: comparable prices (`real`), current prices (`nominal`), a price index (`price`) or a physical quantity (`physical`). */
export const BASIS_VALUES = ['real', 'nominal', 'price', 'physical'] as const;
export type GrowthBasis = (typeof BASIS_VALUES)[number];

export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const TOPICS = [
  'macro', 'tourism', 'industry', 'investment', 'consumption', 'enterprise', 'public_finance', 'finance',
  'agriculture_rural', 'innovation_talent', 'trade_opening', 'urban', 'infrastructure', 'environment',
  'employment', 'income', 'social', 'governance', 'meta',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The link columns: each holds zero or more claim ids separated by `;`. */
export const LINK_COLUMNS = ['of', 'base', 'whole', 'part_of', 'counterpart'] as const;
export type LinkColumn = (typeof LINK_COLUMNS)[number];

/**
 * Whether a row's links (`counterpart`, `part_of`, `whole`) join figures defined the same way:
 * empty for the same definition, `differs` where the wording of scope or definition changes (the
 * `note` says how). Checks make a doubt across a `differs` link one step milder and quote the note; it does not end the question.
 */
export const SCOPES = ['differs'] as const;
export type Scope = (typeof SCOPES)[number];

/** The columns of a unit written apart from its number (a table's): the unit as written, and where. */
export const UNIT_APART_COLUMNS = ['unit_text', 'unit_start'] as const;

/** The columns of `claims.csv`, in order. */
export const CLAIM_COLUMNS = [
  'id', 'start', 'end', 'surface', 'value', 'scale', 'unit', 'kind', 'year', 'status', 'qualifier',
  'cumulative', 'direction', 'basis', 'indicator', 'indicator_en', 'topic', 'section',
  ...LINK_COLUMNS, 'scope', 'note', ...UNIT_APART_COLUMNS,
] as const;
/** The columns of `claims.csv` a file may leave out: a row's note, and the unit a table writes apart from its number. */
export const OPTIONAL_CLAIM_COLUMNS: readonly ClaimColumn[] = ['note', ...UNIT_APART_COLUMNS];
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
  /**
   * The unit as written apart from the number, where a table gives it in a unit column, a row's
   * label or a column heading (`亿元` for the cell `286.35` of the row `地区生产总值 | 亿元 | 286.35`):
   * the figure reads as `surface + unit_text`. `null` (or absent) where the surface holds its unit.
   */
  unit_text?: string | null;
  /** Where `unit_text` is written: its offset in the report text (`text.slice(unit_start, unit_start + unit_text.length) === unit_text`). */
  unit_start?: number | null;
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
  years?: { review?: number; plan?: number };
  files: { path: string; description: string; derived_from: string; method?: string; sha256?: string }[];
}

/**
 * The years a report speaks of: the year it reviews (its results: 2023 in a work report given in
 * early 2024) and the year it plans for (its targets: 2024). `null` where the report does not say.
 */
export interface ReportYears {
  review: number | null;
  plan: number | null;
  /** Where they were read from: the manifest, the report's headings, its title, the date it was given (see `documentLayout`), the years of its claims, or nowhere. */
  from: 'manifest' | 'headings' | 'title' | 'date' | 'claims' | 'none';
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
  /** The figure as written: its surface, with its unit where a table writes the unit apart (`286.35亿元`; see `claimReading`). */
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
  /** Where the figure is written: character offsets of its surface in the report text (`text.slice(start, end) === surface`). */
  start: number;
  end: number;
  /** The section of the report it is in. */
  section: string;
  /** `differs` when its links join figures not defined the same way (see `SCOPES`). */
  scope: Scope | null;
  /** The claims note: what a reader should know about the figure (a definition that changed, an ambiguity). */
  note: string | null;
  /** Whether a person has reviewed the claim (`isReviewed`): a draft from `extract` has not been. */
  reviewed: boolean;
}
