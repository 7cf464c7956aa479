import type { NotComparable } from '../../interval/types.ts';
import type { Interval, UnitCode } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';
import type { Term } from '../types.ts';
/** A term reduced to numbers, with the figures it came from and a description in both languages. */
export interface Evaluated {
    interval: Interval;
    point: number;
    unit: UnitCode;
    figures: Figure[];
    /** The term described, with its point value: `游客接待量4494万人次`. */
    zh: string;
    en: string;
}
/** The indicator of a figure, in one language (the first when it has several). */
export declare const nameOf: (figure: Figure, language: 'zh' | 'en') => string;
/** Evaluates a term: a figure as it stands, or a derived level, growth or share; `not comparable` when it has no value. */
export declare function evaluateTerm(term: Term): Evaluated | NotComparable;
