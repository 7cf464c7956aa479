import { figureName } from './figure-name.ts';
import type { Figure } from './types.ts';

const ZH_RATE = /(增长|增速|增幅|涨幅)$/;
const EN_RATE = /^(growth|increase|rise) (of|in) | (growth|increase|rise)$/;

/**
 * The indicator a growth rate is about, for a sentence that says "growth" itself: 一般公共预算收入
 * for 一般公共预算收入增长, "general public budget revenue" for "general public budget revenue
 * growth" or "growth of …". Any other figure keeps its name.
 *
 */
export function rateSubject(figure: Pick<Figure, 'indicator' | 'indicator_en' | 'id' | 'kind'>, language: 'zh' | 'en'): string {
  const name = figureName(figure, language);
  if (figure.kind !== 'growth') return name;
  // An untranslated English name (a draft's indicator_en repeats the Chinese) loses its Chinese word of growth too.
  return (language === 'zh' ? name.replace(ZH_RATE, '') : name.replace(EN_RATE, '').replace(ZH_RATE, '')) || name;
}
