import { messages } from '../messages/index.ts';
import type { Figure } from './types.ts';
import { formatValue, type Language } from '../text/format-value.ts';


/** A figure's value as the report writes it (`10%以上`, `下降0.5%`), or in English (`at least 10%`, `a fall of 0.5%`). */
export function figureText(figure: Figure, language: Language): string {
  const falls = figure.direction === 'down';
  if (language === 'zh') return `${messages.fallZh(falls && figure.kind === 'growth')}${figure.surface}`;
  const value = messages.qualifiedEn(figure.qualifier, formatValue(figure.amount, figure.unit, 'en', 15));
  return falls ? messages.fallEn(value) : value;
}
