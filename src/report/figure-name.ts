import type { Figure } from './types.ts';

/** The indicator of a figure, in one language (the first when it has several; the claim id when it has none). */
export const figureName = (figure: Figure, language: 'zh' | 'en'): string =>
  (language === 'zh' ? figure.indicator[0] : figure.indicator_en[0]) ?? figure.id;
