import type { CheckOptions, CheckResult, Family, Term } from '../types.ts';
import type { Figure } from '../../report/types.ts';
import { type Evaluated } from './evaluate-term.ts';
/** The figures a term is made of. */
export declare const figuresOf: (term: Term) => Figure[];
/** Evaluates every term of a check, or returns the `not comparable` result of the first that has no value. */
export declare function evaluateAll(family: Family, terms: readonly Term[], options: CheckOptions): Evaluated[] | CheckResult;
