import type { Family } from '../checks/types.ts';
import type { NotComparableReason } from '../interval/types.ts';
import type { Qualifier } from '../quantity/types.ts';

/** The values of a growth-check sentence, already written out. */
export interface GrowthSentence {
  /** The recomputed change is a fall (the points are then given without sign). */
  falls: boolean;
  /** The stated rate is a fall (written 下降…, "a fall of …"). */
  rateFalls: boolean;
  nameZh: string; nameEn: string; fromZh: string; fromEn: string; toZh: string; toEn: string; rateZh: string; rateEn: string;
  pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
export interface BackCalculatedSentence {
  /** The stated rate is a fall (written 下降…, "a fall of …"). */
  rateFalls: boolean;
  nameZh: string; nameEn: string; levelZh: string; levelEn: string; rateZh: string; rateEn: string;
  pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
export interface ProductSentence {
  factorsZh: string; factorsEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
  totalZh: string; totalEn: string; gap: number | null;
}
export interface PartsSentence {
  partsZh: string; partsEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
  totalZh: string; totalEn: string; relation: 'sum' | 'subset';
}
export interface ShareSentence {
  shareZh: string; shareEn: string; wholeZh: string; wholeEn: string; pointZh: string; pointEn: string; rangeZh: string; rangeEn: string;
}
export interface TargetSentence {
  nameZh: string; nameEn: string; targetZh: string; targetEn: string; actualZh: string; actualEn: string;
  targetYear: number | null; actualYear: number | null;
}
export interface ComponentsSentence {
  totalZh: string; totalEn: string; partsZh: string; partsEn: string; rangeZh: string; rangeEn: string;
  pointZh: string; pointEn: string; relation: 'weighted_average' | 'product';
}

/** "2024年", or nothing where the year is not known. */
const yearZh = (year: number | null): string => (year === null ? '' : `${year}年`);
/** "2024 ", or nothing where the year is not known. */
const yearEn = (year: number | null): string => (year === null ? '' : `${year} `);

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
 * Published sentences: the parts of the Chinese and English sentences a check result carries,
 * and the verdict sentences. Chinese and English say the same thing. Text only: which sentence
 * applies is decided by the checks.
 */
export const sentences = {
  // Checks (src/checks): the parts of a published sentence. Chinese and English say the same thing.
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
  whyDefault: (family: Family): string => WHY[family],
  whyLink: (family: Family, id: string): string => `${WHY[family]} Derived from the links of "${id}".`,
  growthVsLevelsZh: (v: GrowthSentence): string =>
    `${v.nameZh}从${v.fromZh}到${v.toZh},${v.falls ? '降幅' : '增幅'}为${v.pointZh}(考虑四舍五入为${v.rangeZh}),报告称${v.rateFalls ? '' : '增长'}${v.rateZh}。`,
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
    `${v.nameZh}${v.levelZh}、${v.rateFalls ? '' : '增长'}${v.rateZh},倒推上一年约为${v.pointZh}(考虑四舍五入为${v.rangeZh})。`,
  backCalculatedEn: (v: BackCalculatedSentence): string =>
    `${v.nameEn} of ${v.levelEn} after ${v.rateFalls ? '' : 'growth of '}${v.rateEn} implies about ${v.pointEn} the year before (${v.rangeEn}, allowing for rounding).`,
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
    `Cannot check the share "${id}" against nothing. Pass its whole, its part, or both: shareOfWhole(share, { whole }).`,
  targetBelowZh: (v: TargetSentence): string => `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},低于${yearZh(v.actualYear)}已实现的${v.actualZh}。`,
  targetBelowEn: (v: TargetSentence): string =>
    `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, is below the ${v.actualEn} already achieved${v.actualYear === null ? ' before' : ` in ${v.actualYear}`}.`,
  targetEqualZh: (v: TargetSentence): string => `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},与${yearZh(v.actualYear)}的${v.actualZh}持平。`,
  targetEqualEn: (v: TargetSentence): string =>
    `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, repeats the ${v.actualEn}${v.actualYear === null ? ' achieved before' : ` of ${v.actualYear}`}.`,
  targetAboveZh: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `${yearZh(v.targetYear)}${v.nameZh}目标为上限${v.targetZh},是控制性目标(${yearZh(v.actualYear)}为${v.actualZh})。` : `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},高于${yearZh(v.actualYear)}的${v.actualZh}。`),
  targetAboveEn: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `The ${yearEn(v.targetYear)}target for ${v.nameEn} is a ceiling, ${v.targetEn} (${v.actualEn}${v.actualYear === null ? ' before' : ` in ${v.actualYear}`}).` : `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, is above the ${v.actualEn}${v.actualYear === null ? ' achieved before' : ` of ${v.actualYear}`}.`),
  targetBelowAssumptionZh: (): string => '目标有意定得保守,或目标统计的范围比上年实绩更窄',
  targetBelowAssumptionEn: (): string => 'a deliberately cautious target, or a target that counts something narrower than the result',
  statedTwiceZh: (a: string, b: string): string => `报告先称${a},又称${b}。`,
  statedTwiceEn: (a: string, b: string): string => `The report states ${a}, and also ${b}.`,
  impossibleValueHoldsZh: (name: string): string => `${name}在可能的取值范围内。`,
  impossibleValueHoldsEn: (name: string): string => `${name} is within the possible range.`,
  impossibleValueAtBoundZh: (name: string, limit: number): string => `${name}:比率最高为${limit}%,“以上”只能意味着恰好${limit}%。`,
  impossibleValueAtBoundEn: (name: string, limit: number): string => `${name}, yet a rate cannot exceed ${limit}%, so "or more" can only mean exactly ${limit}%.`,
  impossibleValueOutsideZh: (name: string, limit: number): string => `${name}超出了可能的取值范围(界限为${limit})。`,
  impossibleValueOutsideEn: (name: string, limit: number): string => `${name} lies outside the possible range (the limit is ${limit}).`,
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

  // Verdicts: the closing sentence of a result. Which one applies is decided with the checks (src/checks/engine/build-result.ts).
  verdictHolds: (): { zh: string; en: string } => ({ zh: '结论:相符。', en: 'Verdict: the figures agree.' }),
  verdictHoldsWithinRounding: (): { zh: string; en: string } => ({ zh: '结论:按所写数字略有出入,但在四舍五入范围内相符。', en: 'Verdict: the figures as written differ slightly, but agree within their rounding.' }),
  verdictContradiction: (): { zh: string; en: string } => ({ zh: '结论:矛盾,在各数字的四舍五入范围内无法相符。', en: 'Verdict: contradiction; no values within the figures\' rounding reconcile them.' }),
  verdictTension: (assumption: { zh: string; en: string }): { zh: string; en: string } => ({
    zh: `结论:存疑,只有在如下假设下才能相符:${assumption.zh}。`,
    en: `Verdict: tension; the figures agree only if ${assumption.en}.`,
  }),
  verdictPlansLess: (assumption: { zh: string; en: string }): { zh: string; en: string } => ({
    zh: `结论:存疑,目标低于已经实现的水平,需要解释:${assumption.zh}。`,
    en: `Verdict: tension; the target plans for less than was already achieved, which needs explaining: ${assumption.en}.`,
  }),
  notComparableReason: (reason: NotComparableReason): { zh: string; en: string } => ({ zh: REASONS_ZH[reason], en: REASONS_EN[reason] }),
  verdictNotComparable: (reason: NotComparableReason): { zh: string; en: string } => ({
    zh: `结论:不可比,${REASONS_ZH[reason]}。`,
    en: `Verdict: not comparable: ${REASONS_EN[reason]}.`,
  }),

  // Values in published sentences (src/text/format-value.ts, src/text/format-interval.ts, src/checks/engine/figure-text.ts).
  qualifiedEn: (qualifier: Qualifier, value: string): string => QUALIFIED_EN[qualifier](value),
  fallEn: (value: string): string => `a fall of ${value}`,
  fallZh: (falls: boolean): string => (falls ? '下降' : ''),
  noInterval: (language: 'zh' | 'en'): string => (language === 'zh' ? '无区间' : 'no interval'),
  rangeAny: (language: 'zh' | 'en'): string => (language === 'zh' ? '任意值' : 'any value'),
  rangeAtLeast: (language: 'zh' | 'en', low: string): string => (language === 'zh' ? `${low}以上` : `at least ${low}`),
  rangeAtMost: (language: 'zh' | 'en', high: string): string => (language === 'zh' ? `${high}以内` : `at most ${high}`),
  rangeBetween: (language: 'zh' | 'en', low: string, high: string): string => (language === 'zh' ? `${low}至${high}` : `from ${low} to ${high}`),

};
