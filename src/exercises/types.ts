import type { UnitCode } from '../quantity/types.ts';

/** A likely mistake and the hint it earns: the value the mistake gives, never the right one. */
export interface Mistake {
  /** The value the mistaken method gives, in the exercise's unit and scale. */
  value: number;
  /** What probably went wrong, in both languages (it must not contain the right answer). */
  hint: { zh: string; en: string };
}

/** An exercise: its worked answer (hidden from the student), the unit and precision asked for, and its likely mistakes. */
export interface ExerciseSpec {
  /** A short name, shown with every message: `1`, `2a`. */
  id: string;
  /** The worked answer, in `unit` and `scale` (e.g. 164.9 with unit `yuan` and scale 1e8 for 164.9亿元). */
  answer: number;
  /** The unit of the answer: `percent`, `pp` (percentage points), `yuan`, `person`… Default `number`. */
  unit?: UnitCode;
  /** The scale a bare number is read in: 1, 1e4 (万) or 1e8 (亿). Default 1. */
  scale?: 1 | 10_000 | 100_000_000;
  /** The decimals the exercise asks for: an answer within half a unit of the last decimal is right. Default 1. */
  decimals?: number;
  /** Likely mistakes and their hints. Default none. */
  mistakes?: readonly Mistake[];
}

/** What checking an answer says. */
export interface ExerciseResult {
  id: string;
  status: 'not_answered' | 'correct' | 'wrong';
  /** The message for the student, in both languages; a wrong answer's message never contains the worked answer. */
  message_zh: string;
  message_en: string;
}

/** A student's answer: a number in the exercise's unit and scale, or text with its unit (`"21.3%"`, `"1.5个百分点"`, `"164.9亿元"`); `undefined` or `null` before answering. */
export type Answer = number | string | null | undefined;
