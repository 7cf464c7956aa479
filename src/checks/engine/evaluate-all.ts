import type { CheckOptions, CheckResult, Family, Term } from '../types.ts';
import { isNotComparable } from '../../interval/is-not-comparable.ts';
import type { Figure } from '../../report/types.ts';
import { evaluateTerm, type Evaluated } from './evaluate-term.ts';
import { notComparableResult } from './not-comparable-result.ts';

/** The figures a term is made of. */
export const figuresOf = (term: Term): Figure[] => ('id' in term ? [term] : Object.values(term));

/** Evaluates every term of a check, or returns the `not comparable` result of the first that has no value. */
export function evaluateAll(family: Family, terms: readonly Term[], options: CheckOptions): Evaluated[] | CheckResult {
  const evaluated: Evaluated[] = [];
  for (const term of terms) {
    const value = evaluateTerm(term);
    if (isNotComparable(value)) return notComparableResult(family, terms.flatMap(figuresOf), value, options);
    evaluated.push(value);
  }
  return evaluated;
}
