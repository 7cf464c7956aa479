import type { Family, Verdict } from '../checks/types.ts';
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
  /** The target is a floor (以上): its number is a minimum, so it is the floor that lies below, not the target. */
  floor: boolean;
  /** The target's number without its qualifier, in English (`3,000`). */
  numberEn: string;
}
export interface PaceSentence {
  nameZh: string; nameEn: string; currentZh: string; currentEn: string; previousZh: string; previousEn: string;
  year: number | null; previousYear: number | null; faster: boolean;
  /** The growth is a target's (planned), and computed from target levels rather than stated (implied). */
  planned: boolean; implied: boolean;
}
/** The values of the reading "this level is the whole": shares and the rest, in both years, written for prose. */
export interface LevelsSentence {
  level: string; whole: string; part: string; shareBefore: string; shareAfter: string; restBefore: string; restAfter: string; restChange: string; restFalls: boolean;
}
export interface PartWholeSentence {
  wholeZh: string; wholeEn: string; partZh: string; partEn: string; wholeRateZh: string; wholeRateEn: string; partRateZh: string; partRateEn: string;
  /** The remainder must grow faster (true) or slower (false) than the whole. */
  faster: boolean;
  boundZh: string; boundEn: string;
  /** The largest share the part can have for the rest not to shrink, when the part grows faster than a growing whole. */
  maxShareZh: string | null; maxShareEn: string | null;
  /** The year before: the bound on the rest's growth then, when the figures give it. */
  previousBoundZh: string | null; previousBoundEn: string | null; previousFaster: boolean | null;
  year: number | null; previousYear: number | null;
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
  scope: '两个数字的统计口径或表述不同',
  ambiguous: '原文有多种读法,结果随读法不同',
  no_period: '没有可计算的年份',
};
const REASONS_EN: Record<NotComparableReason, string> = {
  zero_base: 'the base is or may be zero, so a growth rate means nothing',
  negative_base: 'the base is negative, so a growth rate means nothing',
  rate_below_minus_100: 'a fall of 100% or more leaves nothing to grow from',
  real_vs_nominal: 'real growth (at comparable prices) does not convert nominal levels without a price deflator',
  units: 'the figures are in different units',
  scope: 'the figures are not defined the same way',
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
  growth_pace: 'A growth rate far from the year before\'s is a choice worth explaining.',
  part_whole_growth: 'The growth of a whole and of a part of it fix the growth of the rest.',
};

/** Headlines of a flagged result, by family: `name` is the indicator the result is about, `names` all its indicators. */
const HEADLINES: Record<Family, (name: { zh: string; en: string }, names: { zh: string; en: string }) => { zh: string; en: string }> = {
  growth_vs_levels: (n) => ({ zh: `${n.zh}:所称增速与前后两个数字不符`, en: `${n.en}: the stated growth does not match the two levels` }),
  target_vs_growth: (n) => ({ zh: `${n.zh}:目标与为它提出的增速不符`, en: `${n.en}: the target does not match its own growth rate` }),
  back_calculated_base: (n) => ({ zh: `${n.zh}:倒推出的上年数字不可能成立`, en: `${n.en}: the figure it implies for the year before cannot be` }),
  product_identity: (n) => ({ zh: `${n.zh}:与相乘应得的数字不符`, en: `${n.en} does not equal the product of the figures behind it` }),
  parts_vs_total: (n) => ({ zh: `${n.zh}:各部分与总数对不上`, en: `${n.en}: the parts do not fit the total` }),
  share_of_whole: (n) => ({ zh: `${n.zh}:比重与总量对不上`, en: `${n.en}: the share does not fit its whole` }),
  target_below_actual: (n) => ({ zh: `${n.zh}:目标低于上年已实现的水平`, en: `${n.en}: a target below what was already achieved` }),
  stated_twice: (n) => ({ zh: `${n.zh}:同一指标出现两个不同数字`, en: `${n.en}: one indicator, two different numbers` }),
  impossible_value: (n) => ({ zh: `${n.zh}:数值超出可能范围`, en: `${n.en}: a value outside what is possible` }),
  repeated_figure: (_n, all) => ({ zh: `同一数字用于不同指标:${all.zh}`, en: `One identical figure for different indicators: ${all.en}` }),
  total_vs_components: (n) => ({ zh: `${n.zh}:增速与其组成部分不符`, en: `${n.en}: growth out of line with its components` }),
  growth_pace: (n) => ({ zh: `${n.zh}:增速目标与上年增速相差悬殊`, en: `${n.en}: a growth target far from the previous year's pace` }),
  part_whole_growth: (n) => ({ zh: `${n.zh}:目标意味着其余部分增速大幅变化`, en: `${n.en}: the targets imply a sharp change for the rest` }),
};

/** The question a verdict asks when its family has no better one. */
const QUESTION_ZH: Record<'contradiction' | 'tension' | 'question', (figures: string, assumption: string) => string> = {
  contradiction: (figures) => `${figures}按所写不能同时成立:哪个数字正确,各自如何统计?`,
  tension: (_figures, assumption) => `只有在如下情况下才说得通:${assumption}。是否如此,依据何在?`,
  question: (figures) => `${figures}:这样安排的依据是什么?`,
};
const QUESTION_EN: Record<'contradiction' | 'tension' | 'question', (figures: string, assumption: string) => string> = {
  contradiction: (figures) => `${figures} cannot all be right as written: which is correct, and how is each counted?`,
  tension: (_figures, assumption) => `this holds only if ${assumption}. Is that so, and where is it stated?`,
  question: (figures) => `${figures}: what is the reasoning behind these figures?`,
};

/** Units as a student reads them, for the exercise hints. */
const UNIT_WORDS_ZH: Record<string, string> = { percent: '百分比(%)', pp: '百分点', number: '不带单位的数', yuan: '元', person: '人', person_time: '人次' };
const UNIT_WORDS_EN: Record<string, string> = { percent: 'percent', pp: 'percentage points', number: 'a plain number (no unit)', yuan: 'yuan', person: 'people', person_time: 'visits' };

/** Small counts in words, as a sentence writes them. */
const COUNT_ZH: Record<number, string> = { 2: '两', 3: '三', 4: '四', 5: '五' };
const COUNT_EN: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five' };

/** What a question is about, by family, for its verdict sentence. */
const QUESTION_KIND_ZH: Partial<Record<Family, string>> = {
  target_below_actual: '但目标低于已经实现的水平,需要说明是有意保守还是统计范围变窄',
  growth_pace: '但增速与上年相差悬殊,需要说明依据',
  part_whole_growth: '但两个目标合起来要求其余部分的增速大幅变化,需要说明依据',
  total_vs_components: '但总量目标要求增速较快的部分占总量的大半,需要说明依据',
};
const QUESTION_KIND_EN: Partial<Record<Family, string>> = {
  target_below_actual: 'the target plans for less than was already achieved, either deliberately or because it counts something narrower',
  growth_pace: 'the pace differs sharply from the year before, which needs a reason',
  part_whole_growth: 'together the two targets require a sharp change in the growth of the rest, which needs a reason',
  total_vs_components: 'the total\'s target needs the faster-growing parts to be most of it, which needs a reason',
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
  termGrowthZh: (name: string, from: string, to: string, point: string): string => `${name}从${from}到${to},增幅${point}`,
  termGrowthEn: (name: string, from: string, to: string, point: string): string => `the growth of ${name} from ${from} to ${to} (${point})`,
  termShareZh: (shareName: string, share: string, wholeName: string, whole: string, point: string): string =>
    `按${shareName}${share}、${wholeName}${whole}推算的${point}`,
  termShareEn: (shareName: string, share: string, whole: string, point: string): string => `${share} (${shareName}) of ${whole} (${point})`,
  readingAssumptionZh: (reading: string): string => `报告的意思不是“${reading}”(原文可有多种读法,按这一读法数字相互矛盾)`,
  readingAssumptionEn: (reading: string): string =>
    `the report does not mean that ${reading} (it can be read more than one way, and read so, the figures contradict each other)`,
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
  targetBelowZh: (v: TargetSentence): string =>
    (v.floor
      ? `${yearZh(v.targetYear)}${v.nameZh}目标为${v.targetZh},这一下限低于${yearZh(v.actualYear) || '上年'}的${v.actualZh}。`
      : `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},低于${yearZh(v.actualYear) || '上年'}的${v.actualZh}。`),
  targetBelowEn: (v: TargetSentence): string =>
    (v.floor
      ? `The ${yearEn(v.targetYear)}target for ${v.nameEn} sets a floor of ${v.numberEn}, below the ${v.actualYear === null ? 'previous' : v.actualYear} figure of ${v.actualEn}.`
      : `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, is below the ${v.actualYear === null ? 'previous' : v.actualYear} figure of ${v.actualEn}.`),
  targetBelowQuestionZh: (v: TargetSentence): string =>
    `为什么${yearZh(v.targetYear)}${v.nameZh}目标(${v.targetZh})低于${yearZh(v.actualYear) || '上年'}的${v.actualZh}?是有意保守,还是统计范围变窄?`,
  targetBelowQuestionEn: (v: TargetSentence): string =>
    `Why is the ${yearEn(v.targetYear)}target for ${v.nameEn} (${v.targetEn}) set below the ${v.actualYear === null ? 'previous' : v.actualYear} figure of ${v.actualEn}: a deliberately cautious target, or does it count something narrower?`,
  growthPaceZh: (v: PaceSentence): string =>
    `${yearZh(v.year)}${v.nameZh}${v.planned ? (v.implied ? '的目标意味着增长' : '的增长目标为') : '增长'}${v.currentZh},而${yearZh(v.previousYear) || '上年'}${v.previousZh.startsWith('下降') ? '' : '增长'}${v.previousZh}。`,
  growthPaceEn: (v: PaceSentence): string =>
    `${v.planned
      ? (v.implied ? `The ${yearEn(v.year)}targets for ${v.nameEn} imply growth of ${v.currentEn}` : `The ${yearEn(v.year)}growth target for ${v.nameEn} is ${v.currentEn}`)
      : `${v.nameEn} grew ${v.currentEn}${v.year === null ? '' : ` in ${v.year}`}`}, against ${v.previousEn}${v.previousYear === null ? ' the year before' : ` in ${v.previousYear}`}.`,
  growthPaceQuestionZh: (v: PaceSentence): string =>
    (v.faster ? `${v.nameZh}增速为何能从${v.previousZh}提高到${v.currentZh}?依据是什么?` : `${v.nameZh}增速为何从${v.previousZh}放缓到${v.currentZh}?`),
  growthPaceQuestionEn: (v: PaceSentence): string =>
    (v.faster ? `What would lift the growth of ${v.nameEn} from ${v.previousEn} to ${v.currentEn}?` : `Why is the growth of ${v.nameEn} to slow from ${v.previousEn} to ${v.currentEn}?`),
  partWholeGrowthZh: (v: PartWholeSentence): string =>
    `${yearZh(v.year)}${v.wholeZh}增长${v.wholeRateZh},其中${v.partZh}增长${v.partRateZh};其余部分的增速因此${v.faster ? '必须高于' : '必须低于'}${v.boundZh}` +
    `${v.maxShareZh === null ? '' : `,而且除非${v.partZh}占${v.wholeZh}的比重不超过${v.maxShareZh},其余部分将会下降`}` +
    `${v.previousBoundZh === null ? '' : `。${yearZh(v.previousYear) || '上年'}其余部分的增速${v.previousFaster ? '高于' : '低于'}${v.previousBoundZh}`}。`,
  partWholeGrowthEn: (v: PartWholeSentence): string =>
    `${v.year === null ? '' : `For ${v.year}, `}${v.wholeEn} ${v.year === null ? 'grows' : 'is to grow'} ${v.wholeRateEn} and ${v.partEn}, a part of it, ${v.partRateEn}, so the rest must grow ${v.faster ? 'faster' : 'slower'} than ${v.boundEn}` +
    `${v.maxShareEn === null ? '' : `, and it shrinks unless ${v.partEn} is at most ${v.maxShareEn} of the whole`}` +
    `${v.previousBoundEn === null ? '' : `. ${v.previousYear === null ? 'The year before' : `In ${v.previousYear}`}, the rest grew ${v.previousFaster ? 'faster' : 'slower'} than ${v.previousBoundEn}`}.`,
  partWholeLevelsZh: (v: LevelsSentence): string =>
    `如果${v.level}就是全部${v.whole}(报告没有明说),${v.part}占其${v.shareAfter},上年约占${v.shareBefore};其余部分将从约${v.restBefore}${v.restFalls ? '降' : '增'}至约${v.restAfter},${v.restFalls ? '下降' : '增长'}约${v.restChange}。`,
  partWholeLevelsEn: (v: LevelsSentence): string =>
    ` If ${v.level} is all ${v.whole} (the report does not say so outright), ${v.part} is ${v.shareAfter} of it, against about ${v.shareBefore} the year before, and the rest ${v.restFalls ? 'falls' : 'grows'} from about ${v.restBefore} to about ${v.restAfter}, ${v.restFalls ? 'a fall' : 'a rise'} of about ${v.restChange}.`,
  partWholeSameZh: (v: PartWholeSentence): string => `${yearZh(v.year)}${v.wholeZh}增长${v.wholeRateZh},其中${v.partZh}增长${v.partRateZh};两者在四舍五入范围内相同,其余部分可以同速增长。`,
  partWholeSameEn: (v: PartWholeSentence): string =>
    `${v.wholeEn} grows ${v.wholeRateEn} and ${v.partEn}, a part of it, ${v.partRateEn}: the same within rounding, so the rest can grow at that pace too.`,
  partWholeQuestionZh: (v: PartWholeSentence): string =>
    `${v.wholeZh}中${v.partZh}以外的部分预计增长多少?${v.faster ? '能否达到' : '是否低于'}${v.boundZh}?`,
  partWholeQuestionEn: (v: PartWholeSentence): string =>
    `What growth do the targets assume for the rest of ${v.wholeEn}, beyond ${v.partEn}: ${v.faster ? 'more' : 'less'} than ${v.boundEn}, as the figures require?`,
  targetEqualZh: (v: TargetSentence): string => `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},与${yearZh(v.actualYear)}的${v.actualZh}持平。`,
  targetEqualEn: (v: TargetSentence): string =>
    `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, repeats the ${v.actualEn}${v.actualYear === null ? ' achieved before' : ` of ${v.actualYear}`}.`,
  targetAboveZh: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `${yearZh(v.targetYear)}${v.nameZh}目标为上限${v.targetZh},是控制性目标(${yearZh(v.actualYear)}为${v.actualZh})。` : `${yearZh(v.targetYear)}${v.nameZh}目标${v.targetZh},高于${yearZh(v.actualYear)}的${v.actualZh}。`),
  targetAboveEn: (v: TargetSentence, ceiling: boolean): string =>
    (ceiling ? `The ${yearEn(v.targetYear)}target for ${v.nameEn} is a ceiling, ${v.targetEn} (${v.actualEn}${v.actualYear === null ? ' before' : ` in ${v.actualYear}`}).` : `The ${yearEn(v.targetYear)}target for ${v.nameEn}, ${v.targetEn}, is above the ${v.actualEn}${v.actualYear === null ? ' achieved before' : ` of ${v.actualYear}`}.`),
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
  repeatedFigureZh: (list: string, count: number): string => `同一个数字出现在${COUNT_ZH[count] ?? count}个不相关的指标上:${list}。`,
  repeatedFigureEn: (list: string, count: number): string => `One identical figure is reported for ${COUNT_EN[count] ?? count} unrelated indicators: ${list}.`,
  repeatedFigureQuestionZh: (names: string, value: string): string => `${names}是否确实都是${value},还是其中一个抄录有误?`,
  repeatedFigureQuestionEn: (names: string, value: string): string => `are ${names} really both ${value}, or was one figure copied into the other?`,
  notRepeatedZh: (list: string): string => `${list}并非同一数字用于不相关指标。`,
  notRepeatedEn: (list: string): string => `${list} are not one figure reported for unrelated indicators.`,
  coincidenceAssumptionZh: (): string => '两个指标恰好相等,而不是抄录错误',
  coincidenceAssumptionEn: (): string => 'the two indicators happen to be equal, rather than one being copied into the other',
  totalVsComponentsZh: (v: ComponentsSentence): string =>
    (v.relation === 'product'
      ? `${v.partsZh},合起来意味着增长约${v.pointZh}(考虑四舍五入为${v.rangeZh});而报告中${v.totalZh}。`
      : `总量的增速应介于各组成部分增速之间:${v.partsZh}(考虑四舍五入为${v.rangeZh});报告中${v.totalZh}。`),
  totalVsComponentsEn: (v: ComponentsSentence): string =>
    (v.relation === 'product'
      ? `${v.partsEn} together imply growth of about ${v.pointEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.totalEn}.`
      : `A total grows at a rate between those of its parts: ${v.partsEn} (${v.rangeEn}, allowing for rounding); the report gives ${v.totalEn}.`),

  // Verdicts: the closing sentence of a result. Which one applies is decided with the checks (src/checks/engine/build-result.ts).
  verdictHolds: (): { zh: string; en: string } => ({ zh: '结论:相符。', en: 'Verdict: the figures agree.' }),
  verdictHoldsWithinRounding: (): { zh: string; en: string } => ({ zh: '结论:按所写数字略有出入,但在四舍五入范围内相符。', en: 'Verdict: the figures as written differ slightly, but agree within their rounding.' }),
  verdictContradiction: (): { zh: string; en: string } => ({ zh: '结论:矛盾,在各数字的四舍五入范围内无法相符。', en: 'Verdict: contradiction; no values within the figures\' rounding reconcile them.' }),
  verdictTension: (assumption: { zh: string; en: string }): { zh: string; en: string } => ({
    zh: `结论:存疑,只有在如下假设下才能相符:${assumption.zh}。`,
    en: `Verdict: tension; the figures agree only if ${assumption.en}.`,
  }),
  verdictQuestion: (family: Family, assumption: { zh: string; en: string } | null): { zh: string; en: string } => ({
    zh: `结论:值得一问,数字本身并不矛盾,${QUESTION_KIND_ZH[family] ?? '但这一安排需要解释'}${assumption ? `;另外,${assumption.zh}` : ''}。`,
    en: `Verdict: a question to ask, not an error in the figures: ${QUESTION_KIND_EN[family] ?? 'the choice needs explaining'}${assumption ? `; besides, ${assumption.en}` : ''}.`,
  }),
  scopeAssumption: (note: string | null): { zh: string; en: string } => ({
    zh: '两者统计的并非同一事物(其表述不同)',
    en: `the two count different things, as the change of wording suggests${note ? `; the claims note says: ${note.replace(/\.$/, '')}` : ''}`,
  }),
  scopeCaveat: (note: string | null): { zh: string; en: string } => ({
    zh: '两年的表述有所不同,统计范围可能不一',
    en: `the wording changed between the two, so they may count different things${note ? `; the claims note says: ${note.replace(/\.$/, '')}` : ''}`,
  }),
  unreviewedAssumption: (): { zh: string; en: string } => ({
    zh: '它们并非程序所认定的同一事物:这些数字由程序提取、未经人工核对,指标、时期或口径可能不同',
    en: 'they are not what the program took them for: extracted without review, they may differ in indicator, period or scope',
  }),
  unreviewedQuestion: (): { zh: string; en: string } => ({
    zh: '这些数字是否读对了(同一指标、同一时期、同一口径)?发表前应由人工核对数据。',
    en: 'were these figures read right (one indicator, period and scope)? A person should review the claims before this is reported.',
  }),
  scopeQuestion: (): { zh: string; en: string } => ({
    zh: '两个数字统计的是否是不同的事物?各自如何定义?',
    en: 'do the two figures count different things, and how is each defined?',
  }),
  readingQuestion: (reading: { zh: string; en: string }): { zh: string; en: string } => ({
    zh: `报告的意思是否是“${reading.zh}”?如果是,这些数字不能同时成立:哪一个是对的?`,
    en: `does the report mean that ${reading.en}? If it does, the figures cannot all be right: which is?`,
  }),
  headline: (family: Family, verdict: Verdict, name: { zh: string; en: string }, names: { zh: string; en: string }): { zh: string; en: string } => {
    if (verdict === 'contradiction' || verdict === 'tension' || verdict === 'question') return HEADLINES[family](name, names);
    if (verdict === 'not_comparable') return { zh: `${name.zh}:无法直接比较`, en: `${name.en}: not comparable` };
    return { zh: `${name.zh}:数字相符`, en: `${name.en}: the figures agree` };
  },
  questionFor: (verdict: 'contradiction' | 'tension' | 'question', figures: { zh: readonly string[]; en: readonly string[] }, assumption: { zh: string; en: string } | null): { zh: string; en: string } => ({
    zh: QUESTION_ZH[verdict](figures.zh.join('、'), assumption?.zh ?? ''),
    en: QUESTION_EN[verdict](figures.en.join(', '), assumption?.en ?? ''),
  }),
  notComparableReason: (reason: NotComparableReason): { zh: string; en: string } => ({ zh: REASONS_ZH[reason], en: REASONS_EN[reason] }),
  verdictNotComparable: (reason: NotComparableReason, note: string | null = null): { zh: string; en: string } => ({
    zh: `结论:不可比,${REASONS_ZH[reason]}。`,
    en: `Verdict: not comparable: ${REASONS_EN[reason]}${note ? ` (claims note: ${note.replace(/\.$/, '')})` : ''}.`,
  }),
  neededGrowthZh: (name: string, value: string, atMost: boolean, falls: boolean): string =>
    `其他数字不变,要与总量相符,${name}${atMost ? (falls ? `至少要下降${value}` : `的增速最多只能为${value}`) : (falls ? `的降幅最多只能为${value}` : `的增速至少要达到${value}`)}。`,
  neededGrowthEn: (name: string, value: string, atMost: boolean, falls: boolean): string =>
    ` With the other figures as stated, ${name} would have to ${atMost ? (falls ? `fall by at least ${value}` : `grow by at most ${value}`) : (falls ? `fall by at most ${value}` : `grow by at least ${value}`)} for the total to match.`,
  targetVsGrowthHeadline: (v: GrowthSentence): { zh: string; en: string } => ({
    zh: `${v.nameZh}:目标比基数${v.falls ? '下降' : '增长'}${v.pointZh},而非所称的${v.rateZh}`,
    en: `${v.nameEn}: the target is ${v.pointEn} ${v.falls ? 'below' : 'above'} the base, not ${v.rateEn}`,
  }),
  growthCheckQuestion: (v: GrowthSentence, target: boolean): { zh: string; en: string } => ({
    zh: `${target ? '目标' : '数字'}${v.toZh}、基数${v.fromZh}与增速${v.rateZh}哪个有误?前两者之间${v.falls ? '下降' : '增长'}${v.pointZh},而非${v.rateZh}。`,
    en: `Which is wrong: the ${target ? 'target' : 'level'} of ${v.toEn}, the base of ${v.fromEn} or the growth rate of ${v.rateEn}? The first two give ${v.falls ? 'a fall' : 'growth'} of ${v.pointEn}.`,
  }),
  growthVsLevelsHeadline: (v: GrowthSentence): { zh: string; en: string } => ({
    zh: `${v.nameZh}:两个数字之间${v.falls ? '下降' : '增长'}${v.pointZh},而非所称的${v.rateZh}`,
    en: `${v.nameEn}: ${v.falls ? 'a fall' : 'growth'} of ${v.pointEn} between the two levels, not ${v.rateEn}`,
  }),
  productIdentityHeadline: (v: ProductSentence & { nameZh: string; nameEn: string; factorNamesZh: string; factorNamesEn: string }): { zh: string; en: string } => ({
    zh: `${v.totalZh},而${v.factorNamesZh}约为${v.pointZh}`,
    en: `${v.nameEn}: ${v.totalEn.replace(`${v.nameEn} of `, '')}, against about ${v.pointEn} for ${v.factorNamesEn}`,
  }),
  partWholeLevelsHeadline: (v: LevelsSentence): { zh: string; en: string } => ({
    zh: `${v.whole}:${v.part}占${v.shareAfter},其余部分${v.restFalls ? '下降' : '增长'}约${v.restChange}`,
    en: `${v.whole}: ${v.part} ${v.shareAfter} of it, the rest ${v.restFalls ? 'down' : 'up'} about ${v.restChange}`,
  }),
  productGrowthHeadline: (v: { nameZh: string; nameEn: string; totalZh: string; totalEn: string; pointZh: string; pointEn: string }): { zh: string; en: string } => ({
    zh: `${v.nameZh}目标只增长${v.totalZh},而其构成因素意味着约${v.pointZh}`,
    en: `${v.nameEn}: ${v.totalEn} growth, while its factors imply about ${v.pointEn}`,
  }),
  growthPaceHeadline: (v: PaceSentence): { zh: string; en: string } => ({
    zh: `${v.nameZh}:增长${v.previousZh}之后,目标${v.currentZh}`,
    en: `${v.nameEn}: ${v.currentEn} growth planned after ${v.previousEn}`,
  }),
  targetBelowHeadline: (v: TargetSentence): { zh: string; en: string } => ({
    zh: `${v.nameZh}:目标${v.targetZh},上年为${v.actualZh}`,
    en: `${v.nameEn}: a target of ${v.targetEn} after ${v.actualEn}`,
  }),
  partWholeHeadline: (v: PartWholeSentence): { zh: string; en: string } => ({
    zh: `${v.wholeZh}:两个目标要求其余部分增速${v.faster ? '高于' : '低于'}${v.boundZh}`,
    en: `${v.wholeEn}: the targets need the rest to grow ${v.faster ? 'faster' : 'slower'} than ${v.boundEn}`,
  }),
  fasterShareZh: (names: string, share: string): string => `增速高于总量的部分(${names})合计至少要占总量的${share}。`,
  fasterShareEn: (names: string, share: string): string => ` The parts growing faster than the total (${names}) must make up at least ${share} of it.`,
  fasterShareQuestionZh: (names: string, share: string): string => `按各项目标计算,${names}至少要占总量的${share}:实际结构是否如此?如果不是,总量目标靠什么实现?`,
  fasterShareQuestionEn: (names: string, share: string): string =>
    `at the targets as set, ${names} must make up at least ${share} of the total: is that the structure of the economy, and if not, what delivers the total's target?`,
  oneKindHeadline: (family: Family, count: number): { zh: string; en: string } =>
    (family === 'target_below_actual'
      ? { zh: `${count}项目标低于上年的实际数字`, en: `${count} targets set below the year before's figures` }
      : { zh: `${count}项同类发现`, en: `${count} findings of one kind` }),

  // Values in published sentences (src/text/format-value.ts, src/text/format-interval.ts, src/checks/engine/figure-text.ts).
  qualifiedEn: (qualifier: Qualifier, value: string): string => QUALIFIED_EN[qualifier](value),
  fallEn: (value: string): string => `a fall of ${value}`,
  fallZh: (falls: boolean): string => (falls ? '下降' : ''),
  // Exercises (src/exercises): what a student is told. A message never gives the worked answer away.
  exerciseNotAnswered: (id: string): { zh: string; en: string } => ({ zh: `练习${id}:尚未作答。`, en: `Exercise ${id}: not answered yet.` }),
  exerciseCorrect: (id: string): { zh: string; en: string } => ({ zh: `练习${id}:正确。`, en: `Exercise ${id}: correct.` }),
  exerciseWrong: (id: string, hint: { zh: string; en: string }): { zh: string; en: string } => ({
    zh: `练习${id}:还不对。提示:${hint.zh}。`, en: `Exercise ${id}: not yet. Hint: ${hint.en}.`,
  }),
  exerciseHintNotANumber: (): { zh: string; en: string } => ({ zh: '答案应是一个数', en: 'the answer should be a number' }),
  exerciseHintUnreadable: (answer: string): { zh: string; en: string } => ({
    zh: `无法读出“${answer}”,请写成数字加单位,例如12.5%、3.2个百分点或80.0亿元`, en: `"${answer}" cannot be read; write a number with its unit, such as 12.5%, 3.2 pp or 80.0亿元`,
  }),
  exerciseHintUnit: (given: string, asked: string): { zh: string; en: string } => ({
    zh: `单位不对:答案的单位是${UNIT_WORDS_ZH[given] ?? given},而这道题要的是${UNIT_WORDS_ZH[asked] ?? asked}`,
    en: `wrong unit: the answer is in ${UNIT_WORDS_EN[given] ?? given}, the exercise asks for ${UNIT_WORDS_EN[asked] ?? asked}`,
  }),
  exerciseHintSign: (): { zh: string; en: string } => ({ zh: '符号反了,请判断是增长还是下降', en: 'the sign is the wrong way round: check whether it is a rise or a fall' }),
  exerciseHintFraction: (): { zh: string; en: string } => ({ zh: '请写成百分数,而不是小数(0.25应写作25%)', en: 'give a percentage, not a fraction (0.25 is 25%)' }),
  exerciseHintScale: (): { zh: string; en: string } => ({ zh: '数量级不对:检查万和亿', en: 'the order of magnitude is off: check 万 (10⁴) and 亿 (10⁸)' }),
  exerciseHintPrecision: (decimals: number): { zh: string; en: string } => ({
    zh: `很接近,但请按题目要求保留${decimals}位小数,并检查中间结果是否过早四舍五入`, en: `close: give ${decimals} decimal${decimals === 1 ? '' : 's'} as asked, and check that no step was rounded too early`,
  }),
  exerciseHintGeneric: (): { zh: string; en: string } => ({ zh: '请检查公式与代入的数字', en: 'check the formula and the figures you put in' }),
  writtenWithRange: (language: 'zh' | 'en', written: string, range: string): string =>
    (language === 'zh' ? `${written}(考虑四舍五入为${range})` : `${written} (${range}, allowing for rounding)`),
  noInterval: (language: 'zh' | 'en'): string => (language === 'zh' ? '无区间' : 'no interval'),
  rangeAny: (language: 'zh' | 'en'): string => (language === 'zh' ? '任意值' : 'any value'),
  rangeAtLeast: (language: 'zh' | 'en', low: string): string => (language === 'zh' ? `${low}以上` : `at least ${low}`),
  rangeAtMost: (language: 'zh' | 'en', high: string): string => (language === 'zh' ? `${high}以内` : `at most ${high}`),
  rangeBetween: (language: 'zh' | 'en', low: string, high: string): string => (language === 'zh' ? `${low}至${high}` : `from ${low} to ${high}`),

};
