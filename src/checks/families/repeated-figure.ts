import { figureText } from '../../report/figure-text.ts';
import { figureName } from '../../report/figure-name.ts';
import { buildResult } from '../engine/build-result.ts';
import { messages } from '../../messages/index.ts';
import type { Figure } from '../../report/types.ts';
import type { CheckOptions, CheckResult } from '../types.ts';

/**
 * Flags one identical figure reported for unrelated indicators (70.9亿元 for investment funds in
 * place and for e-commerce sales). It may be a coincidence; it may be a copying error. The verdict
 * is a `tension` with severity 1 (the assumption: coincidence), or `holds` when the figures are not
 * in fact identical or all measure the same indicator.
 *
 * @param figures - Two or more figures.
 * @param options - See `CheckOptions`.
 * @returns The check result.
 * @example
 * repeatedFigure([fig('investment_funds_in_place_2023'), fig('ecommerce_sales_2023')]).verdict
 * // => 'tension'
 * repeatedFigure([fig('gdp_2023'), fig('ecommerce_sales_2023')]).verdict
 * // => 'holds'
 */
export function repeatedFigure(figures: readonly Figure[], options: CheckOptions = {}): CheckResult {
  const first = figures[0];
  const same = first !== undefined && figures.every((figure) => figure.amount === first.amount && figure.unit === first.unit);
  const indicators = new Set(figures.map((figure) => figureName(figure, 'zh')));
  const repeated = same && figures.length > 1 && indicators.size > 1;
  const listZh = figures.map((figure) => `${figureName(figure, 'zh')}${figure.surface}`).join('、');
  const listEn = figures.map((figure) => `${figureName(figure, 'en')} (${figureText(figure, 'en')})`).join(', ');
  return buildResult({
    family: 'repeated_figure', figures: [...figures], verdict: repeated ? 'tension' : 'holds',
    recomputed: null, reported: first && repeated ? first.interval : null, unit: first?.unit ?? null, gap: null, gapUnit: null,
    body: repeated
      ? { zh: messages.repeatedFigureZh(listZh, indicators.size), en: messages.repeatedFigureEn(listEn, indicators.size) }
      : { zh: messages.notRepeatedZh(listZh), en: messages.notRepeatedEn(listEn) },
    assumption: repeated ? { zh: messages.coincidenceAssumptionZh(), en: messages.coincidenceAssumptionEn() } : null,
    severity: repeated ? 1 : 0,
    question: repeated && first ? {
      zh: messages.repeatedFigureQuestionZh(figures.map((figure) => figureName(figure, 'zh')).join('与'), first.surface),
      en: messages.repeatedFigureQuestionEn(figures.map((figure) => figureName(figure, 'en')).join(' and '), figureText(first, 'en')),
    } : undefined,
  }, options);
}
