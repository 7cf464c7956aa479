import type { Kind, Status, Direction, Topic } from '../report/types.ts';
import type { Qualifier, UnitCode } from '../quantity/types.ts';
import type { NumberShape } from './scan-numbers.ts';
/** The clause a number stands in, up to the number: back to the previous 。,;;:!? or line break (at most 200 characters). */
export declare function clauseBefore(text: string, start: number): string;
/** What the extractor guesses about one number from its shape, unit and the words around it. */
export interface Meaning {
    kind: Kind;
    direction: Direction | null;
}
/** Guesses the kind of a number (level, count, growth, share, rate…) and, for a change, its direction. */
export declare function guessKind(shape: NumberShape, unit: UnitCode, qualifier: Qualifier, surface: string, clause: string, after: string): Meaning;
/** Guesses whether a number is a result, an estimate, a target or a reference (a date, a code, a threshold). */
export declare function guessStatus(kind: Kind, inPlan: boolean, surface: string, sentenceBefore: string): Status;
/**
 * The part of a clause that names one number: after the last 、 (or 和/及/与) that closes an earlier figure
 * ("接待游客4494万人次、旅游综合收入217亿元": the second number's part is "旅游综合收入"). A 、 between
 * names without figures (批发、零售…分别) is kept.
 */
export declare function ownPart(clause: string): string;
/** The indicator a number measures, guessed from the words before it in its clause. */
export declare function guessIndicator(clause: string): string;
/** Guesses the topic of a number from its sentence; `meta` when nothing matches. */
export declare function guessTopic(sentence: string): Topic;
