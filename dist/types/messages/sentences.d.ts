import type { Family, Verdict } from '../checks/types.ts';
import type { NotComparableReason } from '../interval/types.ts';
import type { Qualifier } from '../quantity/types.ts';
/** The values of a growth-check sentence, already written out. */
export interface GrowthSentence {
    /** The recomputed change is a fall (the points are then given without sign). */
    falls: boolean;
    nameZh: string;
    nameEn: string;
    fromZh: string;
    fromEn: string;
    toZh: string;
    toEn: string;
    rateZh: string;
    rateEn: string;
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
}
export interface BackCalculatedSentence {
    nameZh: string;
    nameEn: string;
    levelZh: string;
    levelEn: string;
    rateZh: string;
    rateEn: string;
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
}
export interface ProductSentence {
    factorsZh: string;
    factorsEn: string;
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
    totalZh: string;
    totalEn: string;
    gap: number | null;
}
export interface PartsSentence {
    partsZh: string;
    partsEn: string;
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
    totalZh: string;
    totalEn: string;
    relation: 'sum' | 'subset';
}
export interface ShareSentence {
    shareZh: string;
    shareEn: string;
    wholeZh: string;
    wholeEn: string;
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
}
export interface TargetSentence {
    nameZh: string;
    nameEn: string;
    targetZh: string;
    targetEn: string;
    actualZh: string;
    actualEn: string;
    targetYear: number | null;
    actualYear: number | null;
}
export interface ComponentsSentence {
    totalZh: string;
    totalEn: string;
    partsZh: string;
    partsEn: string;
    rangeZh: string;
    rangeEn: string;
    pointZh: string;
    pointEn: string;
    relation: 'weighted_average' | 'product';
}
/**
 * Published sentences: the parts of the Chinese and English sentences a check result carries,
 * and the verdict sentences. Chinese and English say the same thing. Text only: which sentence
 * applies is decided by the checks.
 */
export declare const sentences: {
    termGrownZh: (name: string, base: string, rate: string, point: string) => string;
    termGrownEn: (name: string, base: string, rate: string, point: string) => string;
    termGrowthZh: (name: string, from: string, to: string, point: string) => string;
    termGrowthEn: (name: string, from: string, to: string, point: string) => string;
    termShareZh: (shareName: string, share: string, wholeName: string, whole: string, point: string) => string;
    termShareEn: (shareName: string, share: string, whole: string, point: string) => string;
    readingAssumptionZh: (reading: string) => string;
    readingAssumptionEn: (reading: string) => string;
    notComparableBodyZh: (names: string) => string;
    notComparableBodyEn: (names: string) => string;
    whyDefault: (family: Family) => string;
    whyLink: (family: Family, id: string) => string;
    growthVsLevelsZh: (v: GrowthSentence) => string;
    growthVsLevelsEn: (v: GrowthSentence) => string;
    targetVsGrowthZh: (v: GrowthSentence) => string;
    targetVsGrowthEn: (v: GrowthSentence) => string;
    subgroupAssumptionZh: (group: string, share: string) => string;
    subgroupAssumptionEn: (group: string, share: string) => string;
    backCalculatedZh: (v: BackCalculatedSentence) => string;
    backCalculatedEn: (v: BackCalculatedSentence) => string;
    backCalculatedWholeZh: (whole: boolean) => string;
    backCalculatedWholeEn: (whole: boolean) => string;
    productIdentityZh: (v: ProductSentence) => string;
    productIdentityEn: (v: ProductSentence) => string;
    partsVsTotalZh: (v: PartsSentence) => string;
    partsVsTotalEn: (v: PartsSentence) => string;
    shareOutOfRangeZh: (share: string) => string;
    shareOutOfRangeEn: (share: string) => string;
    shareImpliesPartZh: (v: ShareSentence) => string;
    shareImpliesPartEn: (v: ShareSentence) => string;
    shareVsPartZh: (v: ShareSentence & {
        partZh: string;
    }) => string;
    shareVsPartEn: (v: ShareSentence & {
        partEn: string;
    }) => string;
    shareImpliesWholeZh: (v: {
        shareNameZh: string;
        shareValueZh: string;
        partZh: string;
        pointZh: string;
        rangeZh: string;
    }) => string;
    shareImpliesWholeEn: (v: {
        shareEn: string;
        partEn: string;
        pointEn: string;
        rangeEn: string;
    }) => string;
    noComponents: () => string;
    shareNeedsWholeOrPart: (id: string) => string;
    targetBelowZh: (v: TargetSentence) => string;
    targetBelowEn: (v: TargetSentence) => string;
    targetEqualZh: (v: TargetSentence) => string;
    targetEqualEn: (v: TargetSentence) => string;
    targetAboveZh: (v: TargetSentence, ceiling: boolean) => string;
    targetAboveEn: (v: TargetSentence, ceiling: boolean) => string;
    targetBelowAssumptionZh: () => string;
    targetBelowAssumptionEn: () => string;
    statedTwiceZh: (a: string, b: string) => string;
    statedTwiceEn: (a: string, b: string) => string;
    impossibleValueZh: (name: string, verdict: Verdict, limit: number) => string;
    impossibleValueEn: (name: string, verdict: Verdict, limit: number) => string;
    fallMarkZh: (falls: boolean) => string;
    fallMarkEn: (falls: boolean) => string;
    atBoundAssumptionZh: (surface: string) => string;
    atBoundAssumptionEn: (written: string) => string;
    repeatedFigureZh: (list: string, count: number) => string;
    repeatedFigureEn: (list: string, count: number) => string;
    notRepeatedZh: (list: string) => string;
    notRepeatedEn: (list: string) => string;
    coincidenceAssumptionZh: () => string;
    coincidenceAssumptionEn: () => string;
    totalVsComponentsZh: (v: ComponentsSentence) => string;
    totalVsComponentsEn: (v: ComponentsSentence) => string;
    verdictHolds: () => {
        zh: string;
        en: string;
    };
    verdictHoldsWithinRounding: () => {
        zh: string;
        en: string;
    };
    verdictContradiction: () => {
        zh: string;
        en: string;
    };
    verdictTension: (assumption: {
        zh: string;
        en: string;
    }) => {
        zh: string;
        en: string;
    };
    verdictPlansLess: (assumption: {
        zh: string;
        en: string;
    }) => {
        zh: string;
        en: string;
    };
    notComparableReason: (reason: NotComparableReason) => {
        zh: string;
        en: string;
    };
    verdictNotComparable: (reason: NotComparableReason) => {
        zh: string;
        en: string;
    };
    qualifiedEn: (qualifier: Qualifier, value: string) => string;
    fallEn: (value: string) => string;
    fallZh: (falls: boolean) => string;
    noInterval: (language: 'zh' | 'en') => string;
    rangeAny: (language: 'zh' | 'en') => string;
    rangeAtLeast: (language: 'zh' | 'en', low: string) => string;
    rangeAtMost: (language: 'zh' | 'en', high: string) => string;
    rangeBetween: (language: 'zh' | 'en', low: string, high: string) => string;
};
