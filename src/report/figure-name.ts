import type { Figure } from './types.ts';

/** Words that tie a label to the sentence before it (其中境外游客, "overseas tourists among them"): not part of the name. */
const LEADING_ZH = /^(其中|包括|含)/;
const TRAILING_EN = / among (them|these|which|the above)$/;

/**
 * The indicator of a figure, in one language, as a sentence can use it (the first when it has
 * several; the claim id when it has none): words that tie the label to its sentence (其中…) dropped.
 */
export const figureName = (figure: Pick<Figure, 'indicator' | 'indicator_en' | 'id'>, language: 'zh' | 'en'): string => {
  const name = (language === 'zh' ? figure.indicator[0] : figure.indicator_en[0]) ?? figure.id;
  return language === 'zh' ? name.replace(LEADING_ZH, '') || name : name.replace(TRAILING_EN, '') || name;
};
