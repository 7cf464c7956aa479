import type { Qualifier } from '../quantity/types.ts';
import type { Figure } from '../report/types.ts';
import { formatValue, type Language } from './format-value.ts';

const QUALIFIER_EN: Record<Qualifier, (value: string) => string> = {
  exact: (value) => value,
  at_least: (value) => `at least ${value}`,
  above: (value) => `more than ${value}`,
  at_most: (value) => `at most ${value}`,
  about: (value) => `about ${value}`,
  nearly: (value) => `nearly ${value}`,
  more_than: (value) => `over ${value}`,
};

/** A figure's value as the report writes it (`10%以上`, `下降0.5%`), or in English (`at least 10%`, `a fall of 0.5%`). */
export function figureText(figure: Figure, language: Language): string {
  const falls = figure.direction === 'down';
  if (language === 'zh') return `${falls && figure.kind === 'growth' ? '下降' : ''}${figure.surface}`;
  const value = QUALIFIER_EN[figure.qualifier](formatValue(figure.amount, figure.unit, 'en', 15));
  return falls ? `a fall of ${value}` : value;
}
