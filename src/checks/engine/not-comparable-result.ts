import type { CheckOptions, CheckResult, Family } from '../types.ts';
import { figureName } from '../../report/figure-name.ts';
import type { NotComparable } from '../../interval/types.ts';
import { messages } from '../../messages/index.ts';
import type { Figure } from '../../report/types.ts';
import { buildResult } from './build-result.ts';
import { figureText } from '../../report/figure-text.ts';

/** The result of a check whose figures cannot be set against each other at all. */
export function notComparableResult(
  family: Family, figures: Figure[], refusal: NotComparable, options: CheckOptions, severity?: number,
): CheckResult {
  const namesZh = figures.map((figure) => `${figureName(figure, 'zh')}${figureText(figure, 'zh')}`).join('、');
  const namesEn = figures.map((figure) => `${figureName(figure, 'en')} (${figureText(figure, 'en')})`).join(', ');
  return buildResult({
    family, figures, verdict: 'not_comparable', recomputed: null, reported: null, unit: null, gap: null, gapUnit: null,
    body: { zh: messages.notComparableBodyZh(namesZh), en: messages.notComparableBodyEn(namesEn) },
    reason: refusal.reason, severity,
  }, options);
}
