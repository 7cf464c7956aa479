import { messages } from '../messages/index.ts';
import type { Figure } from './types.ts';
import { formatValue, type Language } from '../text/format-value.ts';


/**
 * A figure's value as the report writes it (`10%以上`, `下降0.5%`), or in English (`at least 10%`,
 * `a fall of 0.5%`). In English, millions and billions are written as a journalist writes them, to
 * three significant figures (273.46亿元 is "27.3 billion yuan"); smaller amounts and rates in full.
 */
export function figureText(figure: Figure, language: Language): string {
  const falls = figure.direction === 'down';
  if (language === 'zh') return `${messages.fallZh(falls && figure.kind === 'growth')}${figure.surface}`;
  const digits = Math.abs(figure.amount) >= 1e6 && figure.unit !== 'percent' && figure.unit !== 'pp' ? 3 : 15;
  const value = messages.qualifiedEn(figure.qualifier, formatValue(figure.amount, figure.unit, 'en', digits));
  return falls ? messages.fallEn(value) : value;
}
