import type { Family, Verdict } from './checks/types.ts';
import type { NotComparableReason } from './interval/types.ts';
import type { Qualifier } from './quantity/types.ts';

/** The values of a growth-check sentence, already written out. */
export interface GrowthSentence {
  /** The recomputed change is a fall (the points are then given without sign). */
  falls: boolean;
  nameZh: string; nameEn: string; fromZh: string; fromEn: string; toZh: string; toEn: string; rateZh: string; rateEn: string;
  pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
interface BackCalculatedSentence {
  nameZh: string; nameEn: string; levelZh: string; levelEn: string; rateZh: string; rateEn: string;
  pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
interface ProductSentence {
  factorsZh: string; factorsEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
  totalZh: string; totalEn: string; gap: number | null;
}
interface PartsSentence {
  partsZh: string; partsEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
  totalZh: string; totalEn: string; relation: 'sum' | 'subset';
}
interface ShareSentence {
  shareZh: string; shareEn: string; wholeZh: string; wholeEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
interface TargetSentence {
  nameZh: string; nameEn: string; targetZh: string; targetEn: string; actualZh: string; actualEn: string;
  targetYear: number | null; actualYear: number | null;
}
interface ComponentsSentence {
  totalZh: string; totalEn: string; partsZh: string; partsEn: string; rangeZh: string; rangeEn: string;
  pointZh: string; pointEn: string; relation: 'weighted_average' | 'product';
}

/** A ratio as a percentage for a sentence: 0.4814 → "48.1%". */
const percentOf = (ratio: number): string => `${Number((ratio * 100).toFixed(1))}%`;

const REASONS_ZH: Record<NotComparableReason, string> = {
  zero_base: '基数为零或可能为零,增速没有意义',
  negative_base: '基数为负,增速没有意义',
  rate_below_minus_100: '降幅达到或超过100%',
  real_vs_nominal: '实际增速(按可比价格)不能与名义总量直接换算,需要价格平减指数',
  units: '两个数字的计量单位不同',
  scope: '两个数字的统计口径或表述不同(见数据说明)',
  ambiguous: '原文有多种读法,结果随读法不同',
  no_period: '没有可计算的年份',
};
const REASONS_EN: Record<NotComparableReason, string> = {
  zero_base: 'the base is or may be zero, so a growth rate means nothing',
  negative_base: 'the base is negative, so a growth rate means nothing',
  rate_below_minus_100: 'a fall of 100% or more leaves nothing to grow from',
  real_vs_nominal: 'real growth (at comparable prices) does not convert nominal levels without a price deflator',
  units: 'the figures are in different units',
  scope: 'the figures are not defined the same way (see the claims note)',
  ambiguous: 'the text can be read more than one way, and the readings disagree',
  no_period: 'there is no period to compute over',
};
const WHY: Record<Family, string> = {
  growth_vs_levels: 'A stated growth rate must match the two levels it connects.',
  target_vs_growth: 'A target level and the growth rate stated for it must agree with the base-year level.',
  back_calculated_base: 'A level and its growth rate imply the previous year\'s level, which must be possible.',
  product_identity: 'Figures that multiply to a total must agree with the total.',
  parts_vs_total: 'Parts cannot exceed, and must add up to, their total.',
  share_of_whole: 'A share must lie between 0 and 100% and agree with its whole.',
  target_below_actual: 'A target below what the previous year achieved plans for less.',
  stated_twice: 'One indicator stated twice for one period must be one number.',
  impossible_value: 'A rate cannot exceed 100% and a count cannot be negative.',
  repeated_figure: 'One identical figure for unrelated indicators may be a copying error.',
  total_vs_components: 'The growth of a total must be consistent with the growth of its components.',
};

/** A value quoted for a message: JSON quoting, so that control characters and lone surrogates show. */
const quote = (text: string): string => JSON.stringify(text);

const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: 'exact',
  at_least: 'at least',
  above: 'above',
  at_most: 'at most',
  about: 'about',
  nearly: 'nearly',
  more_than: 'more than',
};

const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  contradiction: { zh: '矛盾', en: 'Contradiction' },
  tension: { zh: '存疑', en: 'Tension' },
  not_comparable: { zh: '不可比', en: 'Not comparable' },
  holds_within_rounding: { zh: '四舍五入范围内相符', en: 'Holds within rounding' },
  holds: { zh: '相符', en: 'Holds' },
};

/** A value with its qualifier, in English: `at least 10%`. */
const QUALIFIED_EN: Record<Qualifier, (value: string) => string> = {
  exact: (value) => value,
  at_least: (value) => `at least ${value}`,
  above: (value) => `more than ${value}`,
  at_most: (value) => `at most ${value}`,
  about: (value) => `about ${value}`,
  nearly: (value) => `nearly ${value}`,
  more_than: (value) => `over ${value}`,
};

/**
 * Every user-facing sentence of the library: error messages, warnings and verdicts. Each entry
 * is a function of the values it names, so that a message always shows the offending value and
 * says what to do. Entries are grouped by area, one comment per group; add a key to the group
 * of its area (or a new group), never a string literal elsewhere.
 */
export const messages = {
  // Quantities (src/quantity): the sentence a QuantityParseError carries.
  quantityParse: (input: string, position: number, reason: string): string =>
    `Cannot read ${quote(input)} as a quantity: ${reason} at position ${position}. ` +
    'Write a number such as "273.46亿元", "10%以上" or "2.35:1".',

  // Quantities: reasons, each a phrase that reads before "at position N".
  quantityNotText: (type: string): string => `a value of type ${type} where text was expected`,
  quantityExpectedNumber: (): string => 'expected a number',
  quantityUnexpected: (text: string): string => `unexpected ${quote(text)}`,
  quantitySecondNumber: (text: string): string => `unexpected ${quote(text)} (only one number can be read)`,
  quantityBadGrouping: (text: string): string =>
    `unexpected ${quote(text)} (thousands separators group digits by exactly three)`,
  quantityExpectedDigitAfter: (mark: string): string => `expected a digit after ${quote(mark)}`,
  quantityExpectedGroup: (): string => 'expected three digits after "," (thousands separators group digits by exactly three)',
  quantityConflict: (word: string, qualifier: Qualifier, earlier: string, earlierQualifier: Qualifier): string =>
    `${quote(word)} (${QUALIFIER_NAMES[qualifier]}) contradicting ${quote(earlier)} (${QUALIFIER_NAMES[earlierQualifier]})`,
  quantityNegative: (unitText: string): string =>
    `a minus sign on ${unitText === ':' ? 'a ratio' : unitText === '' ? 'a quantity' : quote(unitText)} (never negative)`,
  quantityTooLarge: (): string => 'a number too large to represent',
  quantityZeroRatio: (): string => 'a ratio whose second term is zero',

  // Quantities: arguments of roundingInterval (programming errors).
  invalidScale: (scale: unknown): string =>
    `Cannot use ${String(scale)} as a scale: a scale multiplies the written number into base units. ` +
    'Pass a positive number such as 1, 10000 (万), 100000000 (亿) or 1000000000000 (万亿).',
  invalidQualifier: (qualifier: unknown): string =>
    `Cannot use ${quote(String(qualifier))} as a qualifier. Pass one of ${Object.keys(QUALIFIER_NAMES).map(quote).join(', ')}.`,

  // Claims data: reading and checking a claims CSV against its report text.
  emptyClaimsCsv: (type: string): string =>
    `The claims CSV is ${type === 'string' ? 'empty' : `not text (a ${type})`}. It needs a header row with the columns of docs/claims-format.md and one row per claim; draft one with: wulong-factcheck extract report.txt.`,
  missingColumn: (column: string, suggestion?: string): string =>
    `The claims CSV has no "${column}" column.${suggestion ? ` Is "${suggestion}" a misspelling of it? Rename it to "${column}".` : ` Add it (see docs/claims-format.md).`}`,
  unknownColumn: (column: string, suggestion?: string): string =>
    `The claims CSV has an unknown column "${column}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Remove or rename it (see docs/claims-format.md).`,
  notAnInteger: (column: string, text: string): string =>
    `"${column}" must be a whole number, but is "${text}". Write digits only, e.g. 1861.`,
  notInVocabulary: (column: string, text: string, allowed: readonly string[], suggestion?: string): string =>
    `"${column}" is "${text}", which is not one of ${allowed.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  badId: (id: string): string =>
    `The id "${id}" is not snake_case. Use lower-case letters, digits and underscores, starting with a letter, e.g. "gdp_2023".`,
  emptyCell: (column: string): string => `"${column}" is empty. Fill it in (see docs/claims-format.md).`,
  listLengths: (column: string, count: number, other: string, otherCount: number): string =>
    `"${column}" lists ${count} item(s) but "${other}" lists ${otherCount}. Give one per indicator, separated by ";".`,
  duplicateId: (id: string): string => `The id "${id}" is used by more than one row. Give each row its own id.`,
  overlappingSpans: (id: string, other: string): string =>
    `The span of "${id}" overlaps the span of "${other}". Each character of the text belongs to at most one claim; fix start/end.`,
  spanOutsideText: (id: string, start: number, end: number, length: number): string =>
    `The span of "${id}" [${start}, ${end}) is not inside the text (length ${length}). start must be ≥ 0 and < end ≤ ${length}.`,
  surfaceMismatch: (id: string, surface: string, actual: string): string =>
    `The surface of "${id}" is "${surface}" but the text at its span reads "${actual}". Fix start/end or the surface.`,
  surfaceNotQuantity: (id: string, surface: string, reason: string): string =>
    `The surface of "${id}" ("${surface}") cannot be read as a quantity: ${reason}`,
  disagreesWithSurface: (id: string, column: string, written: string, parsed: string, surface: string): string =>
    `"${column}" of "${id}" is "${written}" but the surface "${surface}" reads as "${parsed}". Make them agree.`,
  badDate: (id: string, value: string, surface: string): string =>
    `The date value "${value}" of "${id}" is not an ISO date made of the digits of "${surface}". Write YYYY, YYYY-MM-DD or --MM-DD.`,
  directionMisplaced: (id: string, kind: string): string =>
    `"${id}" is a ${kind}: "direction" (up/down) belongs on growth and point-change rows and must be set there, and only there.`,
  scopeWithoutLink: (id: string): string =>
    `"${id}" has scope "differs" but no counterpart, part_of or whole link, and no note saying how the definitions differ. Add the link and the note, or clear "scope".`,
  basisMisplaced: (id: string, kind: string): string =>
    `"${id}" is a ${kind}: "basis" (real/nominal/price/physical) belongs on growth rows only. Clear it.`,
  linkFromWrongKind: (id: string, column: string, kind: string, allowed: readonly string[]): string =>
    `"${id}" is a ${kind}, which cannot have a "${column}" link; only ${allowed.join(', ')} rows can. Clear it or fix the kind.`,
  brokenLink: (id: string, column: string, target: string): string =>
    `"${column}" of "${id}" points to "${target}", which is not another row of this table. Fix the id or clear the link.`,
  linkToWrongKind: (id: string, column: string, target: string, kind: string, allowed: readonly string[]): string =>
    `"${column}" of "${id}" points to "${target}", a ${kind}; it must point to a ${allowed.join(' or ')}.`,
  badCounterpart: (id: string, target: string): string =>
    `"counterpart" of "${id}" points to "${target}", which must be the same kind of figure in another year.`,

  // Reports: loading folders and looking up claims.
  missingReportFile: (dir: string, name: string): string =>
    `The report folder "${dir}" has no ${name}. A report folder needs report.txt and claims.csv (see docs/claims-format.md).`,
  badManifest: (dir: string, reason: string): string =>
    `manifest.json in "${dir}" is not valid JSON (${reason}). Fix it or remove it.`,
  unknownClaim: (id: string, suggestions: readonly string[]): string =>
    `There is no claim "${id}".${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ' List the ids with report.claims.array("id").'}`,
  unknownValue: (what: string, value: string, allowed: readonly string[], suggestion?: string): string =>
    `Unknown ${what} "${value}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${allowed.join(', ')}.`,
  notAQuantity: (id: string, kind: string): string =>
    `"${id}" is a ${kind}, not a quantity, so it has no interval. Use claim("${id}") to read it, or cite("${id}") to quote it.`,
  claimsData: (count: number, listing: string): string =>
    `The claims data has ${count} problem(s):\n${listing}`,

  // Interval arithmetic and growth helpers (src/interval, src/growth): why there is no answer.
  divisorHoldsZero: (divisor: string): string =>
    `Cannot divide by ${divisor}: it holds zero, so the quotient has no bound. Check that the base is a positive level.`,
  negativeBase: (base: string): string =>
    `Cannot compute a growth rate from the negative base ${base}. A growth rate needs a positive base; compare the difference instead.`,
  zeroBase: (base: number): string =>
    `Cannot compute a growth rate from a base of ${base}: growth from zero is not a percentage. Report the change as a difference instead.`,
  rateBelowMinus100: (rate: number): string =>
    `A growth rate of ${rate}% leaves nothing to grow from: rates must be above -100%. Check the sign and the unit of the rate.`,
  realGrowthOnLevel: (id: string, surface: string): string =>
    `"${id}" (${surface}) is real growth (at comparable prices), which cannot turn a nominal level into another nominal level. ` +
    'Convert it with nominalGrowth(real, deflator) and a deflator from the statistics bureau first.',
  noPoint: (low: number, high: number): string =>
    `The interval [${low}, ${high}] has no representative value: it is open on both sides or not a number. Give at least one finite end.`,
  notFiniteNumber: (name: string, value: unknown): string =>
    `${name} must be a finite number, but is ${typeof value === 'number' ? String(value) : value === null || value === undefined ? String(value) : `${quote(String(value))} (${typeof value})`}. Pass a number such as 8477, or a figure from fig().`,
  notAnInterval: (name: string, value: unknown): string =>
    `${name} must be an interval { low, high } of numbers with low ≤ high (±Infinity for an open end, never NaN), but is ${(() => { try { return JSON.stringify(value, (_key, each) => (typeof each === 'number' && !Number.isFinite(each) ? String(each) : each)); } catch { return String(value); } })()}. Build one with toInterval().`,
  noRates: (): string => 'Cannot average the growth of no years. Pass at least one yearly rate.',
  noPeriod: (years: number): string => `Cannot annualise growth over ${years} years. Pass a positive number of years.`,
  cellNotANumber: (column: string, value: unknown): string => `"${column}" is not a number (${value === null || value === undefined ? 'missing' : typeof value === 'number' ? String(value) : JSON.stringify(value)})`,
  cellZeroBase: (value: number): string => `zero base (${value})`,
  cellNegativeBase: (value: number): string => `negative base (${value})`,

  // Checks (src/checks): the parts of a published sentence. Chinese and English say the same thing.
  unitsDiffer: (a: string, aUnit: string, b: string, bUnit: string): string =>
    `"${a}" is in ${aUnit} and "${b}" in ${bUnit}: figures in different units cannot be compared. Compare figures of one unit, or mark the pair scope "differs".`,
  termGrownZh: (name: string, base: string, rate: string, point: string): string => `以${name}${base}按${rate}增长推算的${point}`,
  termGrownEn: (name: string, base: string, rate: string, point: string): string => `${name} of ${base} grown by ${rate} (${point})`,
  termGrowthZh: (name: string, from: string, to: string, point: string): string => `${name}从${from}到${to}的增幅${point}`,
  termGrowthEn: (name: string, from: string, to: string, point: string): string => `the growth of ${name} from ${from} to ${to} (${point})`,
  termShareZh: (shareName: string, share: string, wholeName: string, whole: string, point: string): string =>
    `按${shareName}${share}、${wholeName}${whole}推算的${point}`,
  termShareEn: (shareName: string, share: string, whole: string, point: string): string => `${share} (${shareName}) of ${whole} (${point})`,
  readingAssumptionZh: (reading: string): string => `原文并非“${reading}”之意(原文有歧义,按此读法数字相互矛盾)`,
  readingAssumptionEn: (reading: string): string =>
    `the text means something other than "${reading}" (it can be read more than one way, and under that reading the figures contradict each other)`,
  notComparableBodyZh: (names: string): string => `${names}无法直接比较。`,
  notComparableBodyEn: (names: string): string => `${names} cannot be compared directly.`,
  verdictSentence: (verdict: Verdict, reason: NotComparableReason | null, assumption: { zh: string; en: string } | null, family?: Family): { zh: string; en: string } => {
    if (verdict === 'tension' && family === 'target_below_actual') {
      return {
        zh: `结论:存疑,目标低于已经实现的水平,需要解释:${assumption?.zh ?? ''}。`,
        en: `Verdict: tension; the target plans for less than was already achieved, which needs explaining: ${assumption?.en ?? ''}.`,
      };
    }
    switch (verdict) {
      case 'holds': return { zh: '结论:相符。', en: 'Verdict: the figures agree.' };
      case 'holds_within_rounding': return { zh: '结论:按所写数字略有出入,但在四舍五入范围内相符。', en: 'Verdict: the figures as written differ slightly, but agree within their rounding.' };
      case 'contradiction': return { zh: '结论:矛盾,在各数字的四舍五入范围内无法相符。', en: 'Verdict: contradiction; no values within the figures\' rounding reconcile them.' };
      case 'tension': return {
        zh: `结论:存疑,只有在如下假设下才能相符:${assumption?.zh ?? ''}。`,
        en: `Verdict: tension; the figures agree only if ${assumption?.en ?? ''}.`,
      };
      case 'not_comparable': return {
        zh: `结论:不可比,${REASONS_ZH[reason ?? 'scope']}。`,
        en: `Verdict: not comparable: ${REASONS_EN[reason ?? 'scope']}.`,
      };
    }
  },
  whyDefault: (family: Family): string => WHY[family],
  whyLink: (family: Family, id: string): string => `${WHY[family]} Derived from the links of "${id}".`,
  growthVsLevelsZh: (v: GrowthSentence): string =>
    `${v.nameZh}从${v.fromZh}到${v.toZh},${v.falls ? '降幅' : '增幅'}为${v.pointZh}(考虑四舍五入为${v.rangeZh}),报告称${v.rateZh.startsWith('下降') ? '' : '增长'}${v.rateZh}。`,
  growthVsLevelsEn: (v: GrowthSentence): string =>
    `From ${v.fromEn} to ${v.toEn}, ${v.nameEn} ${v.falls ? 'fell' : 'grew'} by ${v.pointEn} (${v.rangeEn}, allowing for rounding); the report gives a change of ${v.rateEn}.`,
  targetVsGrowthZh: (v: GrowthSentence): string =>
    `${v.nameZh}目标${v.toZh}比基数${v.fromZh}${v.falls ? '下降' : '增长'}${v.pointZh}(考虑四舍五入为${v.rangeZh}),而报告为它提出的增速是${v.rateZh}。`,
  targetVsGrowthEn: (v: GrowthSentence): string =>
    `The target for ${v.nameEn}, ${v.toEn}, is ${v.pointEn} ${v.falls ? 'below' : 'above'} the base of ${v.fromEn} (${v.rangeEn}, allowing for rounding), while the report sets a growth rate of ${v.rateEn} for it.`,
  subgroupAssumptionZh: (group: string, share: string): string => `人均数字只按${group}计算,而这部分人约占总人次的${share}`,
  subgroupAssumptionEn: (group: string, share: string): string =>
    `the per-head figure is per head of ${group} only, who would make up ${share} of the total`,
  backCalculatedZh: (v: BackCalculatedSentence): string =>
    `${v.nameZh}${v.levelZh}、${v.rateZh.startsWith('下降') ? '' : '增长'}${v.rateZh},倒推上一年约为${v.pointZh}(考虑四舍五入为${v.rangeZh})。`,
  backCalculatedEn: (v: BackCalculatedSentence): string =>
    `${v.nameEn} of ${v.levelEn} after ${v.rateEn.startsWith('a fall') ? '' : 'growth of '}${v.rateEn} implies about ${v.pointEn} the year before (${v.rangeEn}, allowing for rounding).`,
  backCalculatedWholeZh: (whole: boolean): string => (whole ? '该范围内有整数,计数可以成立。' : '该范围内没有整数,而计数必须是整数。'),
  backCalculatedWholeEn: (whole: boolean): string =>
    (whole ? ' The range holds a whole number, as a count must.' : ' The range holds no whole number, yet a count must be one.'),
  productIdentityZh: (v: ProductSentence): string =>
    `${v.factorsZh},乘积约为${v.pointZh}(考虑四舍五入为${v.rangeZh});报告的${v.totalZh}${v.gap === null ? '' : `,是乘积的${percentOf(v.gap)}`}。`,
  productIdentityEn: (v: ProductSentence): string =>
    `${v.factorsEn} multiply to about ${v.pointEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.totalEn}${v.gap === null ? '' : `, ${percentOf(v.gap)} of the product`}.`,
  partsVsTotalZh: (v: PartsSentence): string =>
    `${v.partsZh},合计${v.pointZh}(考虑四舍五入为${v.rangeZh});${v.relation === 'sum' ? '应等于' : '应不超过'}${v.totalZh}。`,
  partsVsTotalEn: (v: PartsSentence): string =>
    `${v.partsEn} add up to ${v.pointEn} (${v.rangeEn}, allowing for rounding), which ${v.relation === 'sum' ? 'should equal' : 'should not exceed'} ${v.totalEn}.`,
  shareOutOfRangeZh: (share: string): string => `${share}超出了0至100%的范围。`,
  shareOutOfRangeEn: (share: string): string => `A share, ${share}, lies outside 0 to 100%.`,
  shareImpliesPartZh: (v: ShareSentence): string => `${v.shareZh},以${v.wholeZh}计约为${v.pointZh}(考虑四舍五入为${v.rangeZh}),比重在0至100%之间。`,
  shareImpliesPartEn: (v: ShareSentence): string =>
    `${v.shareEn} of ${v.wholeEn} is about ${v.pointEn} (${v.rangeEn}, allowing for rounding); the share lies between 0 and 100%.`,
  shareVsPartZh: (v: ShareSentence & { partZh: string }): string => `${v.shareZh},以${v.wholeZh}计约为${v.pointZh}(考虑四舍五入为${v.rangeZh});报告的${v.partZh}。`,
  shareVsPartEn: (v: ShareSentence & { partEn: string }): string =>
    `${v.shareEn} of ${v.wholeEn} is about ${v.pointEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.partEn}.`,
  shareImpliesWholeZh: (v: { shareNameZh: string; shareValueZh: string; partZh: string; pointZh: string; rangeZh: string }): string =>
    `${v.partZh},${v.shareNameZh}为${v.shareValueZh},倒推总额约为${v.pointZh}(考虑四舍五入为${v.rangeZh})。`,
  shareImpliesWholeEn: (v: { shareEn: string; partEn: string; pointEn: string; rangeEn: string }): string =>
    `${v.partEn}, stated as ${v.shareEn}, implies a whole of about ${v.pointEn} (${v.rangeEn}, allowing for rounding).`,
  noComponents: (): string =>
    'Cannot compare the growth of a total with no components. Pass the growth of at least one component: totalVsComponents(total, [component]).',
  shareNeedsWholeOrPart: (id: string): string =>
    `Cannot check the share "${id}" against nothing. Pass its whole, its part, or both: shareOfWhole(share, { whole }) .`,
  targetBelowZh: (v: TargetSentence): string => `${v.targetYear ?? ''}年${v.nameZh}目标${v.targetZh},低于${v.actualYear ?? ''}年已实现的${v.actualZh}。`,
  targetBelowEn: (v: TargetSentence): string =>
    `The ${v.targetYear ?? ''} target for ${v.nameEn}, ${v.targetEn}, is below the ${v.actualEn} already achieved in ${v.actualYear ?? ''}.`,
  targetEqualZh: (v: TargetSentence): string => `${v.targetYear ?? ''}年${v.nameZh}目标${v.targetZh},与${v.actualYear ?? ''}年的${v.actualZh}持平。`,
  targetEqualEn: (v: TargetSentence): string =>
    `The ${v.targetYear ?? ''} target for ${v.nameEn}, ${v.targetEn}, repeats the ${v.actualEn} of ${v.actualYear ?? ''}.`,
  targetAboveZh: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `${v.targetYear ?? ''}年${v.nameZh}目标为上限${v.targetZh},是控制性目标(${v.actualYear ?? ''}年为${v.actualZh})。` : `${v.targetYear ?? ''}年${v.nameZh}目标${v.targetZh},高于${v.actualYear ?? ''}年的${v.actualZh}。`),
  targetAboveEn: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `The ${v.targetYear ?? ''} target for ${v.nameEn} is a ceiling, ${v.targetEn} (${v.actualEn} in ${v.actualYear ?? ''}).` : `The ${v.targetYear ?? ''} target for ${v.nameEn}, ${v.targetEn}, is above the ${v.actualEn} of ${v.actualYear ?? ''}.`),
  targetBelowAssumptionZh: (): string => '目标有意定得保守,或目标统计的范围比上年实绩更窄',
  targetBelowAssumptionEn: (): string => 'a deliberately cautious target, or a target that counts something narrower than the result',
  statedTwiceZh: (a: string, b: string): string => `报告先称${a},又称${b}。`,
  statedTwiceEn: (a: string, b: string): string => `The report states ${a}, and also ${b}.`,
  impossibleValueZh: (name: string, verdict: Verdict, limit: number): string =>
    (verdict === 'holds' ? `${name}在可能的取值范围内。` : verdict === 'tension' ? `${name}:比率最高为${limit}%,“以上”只能意味着恰好${limit}%。` : `${name}超出了可能的取值范围(界限为${limit})。`),
  impossibleValueEn: (name: string, verdict: Verdict, limit: number): string =>
    (verdict === 'holds' ? `${name} is within the possible range.` : verdict === 'tension' ? `${name}, yet a rate cannot exceed ${limit}%, so "or more" can only mean exactly ${limit}%.` : `${name} lies outside the possible range (the limit is ${limit}).`),
  fallMarkZh: (falls: boolean): string => (falls ? '(降幅)' : ''),
  fallMarkEn: (falls: boolean): string => (falls ? ' (a fall)' : ''),
  atBoundAssumptionZh: (surface: string): string => `“${surface}”指恰好达到上限`,
  atBoundAssumptionEn: (written: string): string => `"${written}" means the rate reaches its upper limit exactly`,
  repeatedFigureZh: (list: string, count: number): string => `同一个数字出现在${count}个不相关的指标上:${list}。`,
  repeatedFigureEn: (list: string, count: number): string => `One identical figure is reported for ${count} unrelated indicators: ${list}.`,
  notRepeatedZh: (list: string): string => `${list}并非同一数字用于不相关指标。`,
  notRepeatedEn: (list: string): string => `${list} are not one figure reported for unrelated indicators.`,
  coincidenceAssumptionZh: (): string => '两个指标恰好相等,而不是抄录错误',
  coincidenceAssumptionEn: (): string => 'the two indicators happen to be equal, rather than one being copied into the other',
  totalVsComponentsZh: (v: ComponentsSentence): string =>
    (v.relation === 'product'
      ? `${v.partsZh},合成增速约为${v.pointZh}(考虑四舍五入为${v.rangeZh});报告的${v.totalZh}。`
      : `总量的增速应介于各组成部分增速之间:${v.partsZh}(考虑四舍五入为${v.rangeZh});报告的${v.totalZh}。`),
  totalVsComponentsEn: (v: ComponentsSentence): string =>
    (v.relation === 'product'
      ? `${v.partsEn} combine to growth of about ${v.pointEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.totalEn}.`
      : `A total grows at a rate between those of its parts: ${v.partsEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.totalEn}.`),

  // Values in published sentences (src/internal/format-value.ts, figure-text.ts).
  qualifiedEn: (qualifier: Qualifier, value: string): string => QUALIFIED_EN[qualifier](value),
  fallEn: (value: string): string => `a fall of ${value}`,
  fallZh: (falls: boolean): string => (falls ? '下降' : ''),
  noInterval: (language: 'zh' | 'en'): string => (language === 'zh' ? '无区间' : 'no interval'),
  rangeAny: (language: 'zh' | 'en'): string => (language === 'zh' ? '任意值' : 'any value'),
  rangeAtLeast: (language: 'zh' | 'en', low: string): string => (language === 'zh' ? `${low}以上` : `at least ${low}`),
  rangeAtMost: (language: 'zh' | 'en', high: string): string => (language === 'zh' ? `${high}以内` : `at most ${high}`),
  rangeBetween: (language: 'zh' | 'en', low: string, high: string): string => (language === 'zh' ? `${low}至${high}` : `from ${low} to ${high}`),

  // Charts (src/charts, src/render, src/notebook).
  verdictName: (verdict: Verdict): { zh: string; en: string } => VERDICT_NAMES[verdict],
  chartSource: (title: string, date: string): string => `来源 Source: ${title} (${date})`,
  chartEmpty: (builder: string): string =>
    `${builder} has no rows to draw. Pass a table with at least one row (check the filter that made it).`,
  chartMissingColumns: (builder: string, missing: readonly string[], present: readonly string[]): string =>
    `${builder} needs the column(s) ${missing.map(quote).join(', ')}, which the data does not have. Its columns are ${present.map(quote).join(', ') || '(none)'}; rename one or pass the right field names.`,
  chartBadValue: (row: number, column: string, value: unknown): string =>
    `row ${row}: "${column}" is ${typeof value === 'number' ? String(value) : value === null || value === undefined ? 'missing' : `${quote(String(value))} (${typeof value})`}`,
  chartBadValues: (builder: string, problems: readonly string[]): string =>
    `${builder} draws numbers, and ${problems.length} value(s) are not finite numbers:\n${problems.map((line) => `  ${line}`).join('\n')}\nFilter those rows out or fill them in; a chart never drops a row silently.`,
  chartNoIntervals: (check: string, verdict: string): string =>
    `The check "${check}" (${verdict}) has no recomputed and reported intervals to draw. Draw its figures with barChart instead.`,
  chartNoTargets: (what: string): string =>
    `There are no ${what} to draw for these options. Widen the topic filter, or check that the targets have counterpart links.`,
  noCjkFont: (tried: readonly string[]): string =>
    `No CJK font was found for PNG rendering, so Chinese text would come out as boxes. Install one (Debian: apt-get install fonts-noto-cjk), set WULONG_CJK_FONT=/path/to/font.ttc, or pass { fontFile }. Looked in: ${tried.join(', ')}.`,
  fontFileMissing: (file: string): string => `The font file "${file}" does not exist. Pass the path of a .ttf, .otf or .ttc file with CJK glyphs.`,
  vegaLiteFailed: (reason: string): string =>
    `Vega-Lite could not compile the chart (${reason}). The spec is probably not valid Vega-Lite: check it against https://vega.github.io/schema/vega-lite/v5.json, or build it with one of the chart builders.`,
  vegaLiteWarnings: (warnings: readonly string[]): string => `Vega-Lite warned while compiling the chart:\n${warnings.join('\n')}`,
  notAFrame: (type: string): string =>
    `fromDanfo needs a danfo DataFrame (with "columns" and "values"), but got a ${type}. Pass the DataFrame itself, e.g. fromDanfo(df).`,
  tableRowsShown: (shown: number, total: number): string => (shown < total ? `${shown} of ${total} rows` : `${total} rows`),

  // The story page and its Markdown twin (src/story).
  storyTitleZh: (title: string): string => `事实核查:${title}`,
  storyTitleEn: (title: string): string => `Fact-check: ${title}`,
  storySource: (publisher: string, date: string): string => `来源 Source: ${publisher}, ${date}.`,
  storyOverviewLabel: (count: number): string => `${count} checks by verdict and severity`,
  storyTargetsHeading: (): string => '2024年目标与2023年实绩 · 2024 targets against 2023 results',
  storyNotComparableHeading: (count: number): string => `不可比 Not comparable (${count})`,
  storyHoldsLine: (count: number): string => `${count}项核查相符(含四舍五入范围内相符)。${count} further checks hold, within rounding where they must.`,
  storyChartLine: (file: string): string => `![chart](${file})`,

  // The extractor (src/extract).
  draftNote: (guessed: string): string => `guessed: ${guessed}; indicator_en to translate`,

  // The main job's findings (src/cli).
  findingsTitle: (checks: number, findings: number): string =>
    `Findings: ${checks} checks run, ${findings} worth a look (most newsworthy first: rank, verdict, newsworthiness, gap, check)`,
  findingsHoldLine: (count: number): string => `${count} further checks hold (listed in out/findings.md).`,
  findingsHoldHeading: (count: number): string => `Checks that hold (${count})`,
  findingsSource: (publisher: string, date: string, url: string): string =>
    `Source: ${publisher}, given ${date}, <${url}>. Every figure is checked with the rounding its digits allow; see the verdicts below.`,
  findingsMeta: (family: string, severity: number, newsworthiness: number, source: string): string =>
    `${family}, severity ${severity}, newsworthiness ${newsworthiness}, from the ${source === 'both' ? 'catalogue and the automatic pass' : source === 'catalogue' ? 'catalogue' : 'automatic pass'}.`,
  findingsPlace: (start: number, end: number, section: string): string => `characters ${start}–${end}, section ${section}`,
  chartsWritten: (count: number, dir: string): string => `${count} charts in ${dir} (.vl.json and .svg)`,
  findingsWritten: (files: readonly string[]): string => `Wrote ${files.join(', ')}.`,
  unknownOption: (option: string): string =>
    `Unknown option "${option}". Use: wulong-factcheck [check] [--report DIR] [--json] [--out DIR], or wulong-factcheck extract <report.txt> [--out FILE] [--year N] (with npm: npm start -- <options>).`,
  optionNeedsValue: (option: string): string => `The option ${option} needs a value after it, e.g. ${option === '--year' ? '--year 2024' : option === '--report' ? '--report data/my-report' : `${option} out`}.`,
  extractNeedsFile: (count: number): string =>
    `wulong-factcheck extract takes one report text file, but got ${count}. Use: wulong-factcheck extract report.txt [--out claims.csv] [--year 2024].`,
  draftWritten: (rows: number, file: string): string => `Wrote ${rows} draft claims to ${file}. Review the guessed columns (see each row's note), then load the folder with loadReport.`,
};
