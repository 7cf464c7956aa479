/**
 * The types of a parsed quantity. They are the single source for the rest of the library
 * (claims, figures, checks): change a name here and the compiler finds every use.
 */

/**
 * What the words around a number say about the value it stands for.
 *
 * - `exact`: no qualifier; the digits are rounded to the last one written.
 * - `at_least`: 以上, 及以上, 不低于, 不少于.
 * - `above`: 超, 超过, 突破, 逾.
 * - `at_most`: 以内, 以下, 不超过, 不高于.
 * - `about`: 约, 大约, 左右, 上下.
 * - `nearly`: 近, 将近, 接近.
 * - `more_than`: 余, 多 (50余份: fifty-odd).
 */
export type Qualifier = 'exact' | 'at_least' | 'above' | 'at_most' | 'about' | 'nearly' | 'more_than';

/** The scale word's multiplier: none, 万 (1e4), 亿 (1e8), 万亿 (1e12). */
export type Scale = 1 | 10000 | 100000000 | 1000000000000;

/** A closed interval in plain units; an unbounded side is -Infinity / Infinity. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Base unit codes: one per row of `UNITS`. Several written units share a code (人 and 名 are
 * both `person`); `number` is a bare number and `ratio` a ratio such as 2.35:1.
 */
export type UnitCode =
  | 'yuan' | 'person_time' | 'person' | 'household' | 'entity' | 'item' | 'piece' | 'case' | 'time'
  | 'mu' | 'hectare' | 'm2' | 'km2' | 'km' | 'm' | 'm3' | 'tonne' | 'kg' | 'teu'
  | 'building' | 'structure' | 'site' | 'head' | 'colony' | 'group' | 'line' | 'document' | 'set' | 'plot'
  | 'level' | 'day' | 'hour' | 'minute' | 'year' | 'session' | 'kind' | 'category' | 'institution'
  | 'machine' | 'vehicle' | 'kw' | 'kwh' | 'percent' | 'pp' | 'bp' | 'number' | 'ratio'
  | 'permille' | 'usd' | 'ug_m3' | 'yuan_per_m2' | 'multiple' | 'age' | 'bed' | 'mm' | 'jin' | 'month' | 'sheet'
  | 'yuan_per_person' | 'person_per_km2' | 'kg_per_mu' | 'tce' | 'tonne_km' | 'person_km' | 'mw' | 'ship' | 'aircraft' | 'event' | 'batch'
  | 'plant' | 'room' | 'yuan_per_visit' | 'flight' | 'kilohectare' | 'hkd' | 'eur' | 'decibel' | 'lamp' | 'well' | 'm3_per_s'
  | 'yuan_per_mu' | 'yuan_per_tonne' | 'yuan_per_kwh' | 'tonne_per_day' | 'km_per_hour' | 'm2_per_person' | 'mg_m3' | 'mg_l'
  | 'seat' | 'km_per_100km2' | 'household_time' | 'per_100k' | 'permille_point'
  | 'entity_time' | 'volume' | 'volume_time' | 'yuan_per_person_month' | 'yuan_per_person_year' | 'yuan_per_month' | 'yuan_per_hour'
  | 'celsius' | 'steam_tonne_per_hour' | 'person_year' | 'working_day' | 'litre_per_person_day' | 'litre_per_day' | 'round'
  | 'vehicle_time' | 'bag' | 'mu_time' | 'item_time' | 'pair' | 'body' | 'order' | 'dose' | 'class_hour' | 'week' | 'score'
  | 'm_per_s' | 'm3_per_km2';

/** One written unit of the unit table. */
export interface UnitInfo {
  /** The unit as written in Chinese text (`元`, `人次`, `%`); `''` for a bare number, `':'` for a ratio. */
  zh: string;
  /** The unit code. */
  code: UnitCode;
  /** An English label, plural where it counts things (`person-times`, `households`). */
  en: string;
  /** Whether a quantity in this unit can be negative (percentages and points can; counts and amounts cannot). */
  signed: boolean;
  /** Whether the unit counts whole things (persons, items) rather than measuring (yuan, mu, percent). */
  integer: boolean;
  /** Characters that, written right after the unit, make it the start of another word (部 before 门 in 5部门); none when absent. */
  notBefore?: string;
  /** The other unit the word may mean, which a claim may give instead where its words say so (分: a score, or minutes); none when absent. */
  alsoMeans?: UnitCode;
}

/** One word of the qualifier table (`QUALIFIER_WORDS`). */
export interface QualifierWord {
  /** The word as written. */
  zh: string;
  /** Where the word stands: before the number (约, 超过, 累计) or after it (以上, 左右, 余). */
  placement: 'before' | 'after';
  /** The bound the word sets, or `null` for 累计 and 预计, which only set a flag. */
  qualifier: Qualifier | null;
  /** The flag the word sets, if any. */
  flag: 'cumulative' | 'estimate' | null;
}

/** A quantity read from text such as `273.46亿元`, `10%以上` or `2.35:1`. */
export interface Quantity {
  /** The string parsed, as given. */
  input: string;
  /**
   * The number as written (digits, separators, decimal point), e.g. `"273.46"`; for a ratio `"2.35:1"`.
   * Full-width digits and punctuation are given in ASCII, and a minus sign as `-`.
   */
  value: string;
  /** The written number as a JS number (for a ratio: left / right), before scale. */
  number: number;
  /** Digits written after the decimal point (ratio: of the left term). */
  decimals: number;
  /** 1, 1e4 (万), 1e8 (亿), 1e12 (万亿). */
  scale: Scale;
  /** Base unit code. */
  unit: UnitCode;
  /** The unit as written without the scale word, e.g. `"元"` for `"273.46亿元"`; `""` if none (and for a ratio). */
  unitText: string;
  /** `number * scale`, in plain units, computed from the written digits so that it is exact where a double can be. */
  amount: number;
  qualifier: Qualifier;
  /** The qualifier words found, in order, e.g. `["累计", "以上"]`. */
  qualifierText: string[];
  /** 累计 present. */
  cumulative: boolean;
  /** 预计 present. */
  estimate: boolean;
  /** The interval the written digits and qualifier stand for, in plain units. */
  interval: Interval;
}
