import { messages } from '../messages/index.ts';
import type { Figure } from './types.ts';
import { formatValue, type Language } from '../text/format-value.ts';


/**
 * A figure's value as the report writes it (`10%以上`, `下降0.5%`), or in English (`at least 10%`,
 * `a fall of 0.5%`). In English, millions and billions are written to four significant figures at
 * most (273.46亿元 is "27.35 billion yuan", 8477万元 "84.77 million yuan": the digits a reader needs
 * to redo the arithmetic the sentence reports); smaller amounts and rates in full.
 */
export function figureText(figure: Figure, language: Language): string {
  const falls = figure.direction === 'down';
  if (language === 'zh') return `${messages.fallZh(falls && figure.kind === 'growth')}${figure.surface}`;
  const digits = Math.abs(figure.amount) >= 1e6 && figure.unit !== 'percent' && figure.unit !== 'pp' ? 4 : 15;
  const value = messages.qualifiedEn(figure.qualifier, formatValue(figure.amount, figure.unit, 'en', digits));
  return falls ? messages.fallEn(value) : value;
}
