import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { tryParse } from '../quantity/try-parse.ts';
import { sameUnit } from '../quantity/same-unit.ts';
import type { Answer, ExerciseResult, ExerciseSpec } from './types.ts';

/** How far off a mistake's value an answer may be and still be taken for that mistake: the precision asked for. */
const within = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance + Math.abs(b) * 1e-12;

/** The scales a student may forget or confuse (none, 万, 亿), as factors between them. */
const SCALE_SLIPS = [1e4, 1e8, 1e-4, 1e-8];

/**
 * An exercise checker for a notebook: give it the worked answer (computed from the report's figures,
 * not typed in), the unit and decimals asked for and the likely mistakes; call it with the student's
 * answer. Before an answer it says "not answered yet" (never an error); a right answer, to the
 * precision asked for and in the right unit, is accepted; a wrong one gets a hint about the likely
 * mistake (a known wrong method, points given as percent, a scale of 万 or 亿 missing, a sign)
 * and never the worked value. In the Deno Jupyter kernel the result shows as its message.
 *
 * @param spec - See `ExerciseSpec`.
 * @returns A function from an answer to an `ExerciseResult`.
 * @throws {FactcheckError} With code `INVALID_ARGUMENT` when the worked answer is not a finite number or `decimals` is not a whole number from 0 to 10.
 * @example
 * const growth = exercise({ id: '1', answer: 21.27, unit: 'percent', decimals: 2, mistakes: [{ value: 21.85, hint: { zh: '算术平均', en: 'an arithmetic mean' } }] });
 * [growth(undefined).status, growth(21.27).status, growth('21.27%').status, growth(21.85).message_en, growth('21.27个百分点').status]
 * // => ['not_answered', 'correct', 'correct', 'Exercise 1: not yet. Hint: an arithmetic mean.', 'wrong']
 */
export function exercise(spec: ExerciseSpec): (answer: Answer) => ExerciseResult {
  const unit = spec.unit ?? 'number';
  const scale = spec.scale ?? 1;
  const decimals = spec.decimals ?? 1;
  if (typeof spec.answer !== 'number' || !Number.isFinite(spec.answer)) throw new FactcheckError('INVALID_ARGUMENT', messages.exerciseAnswerNotANumber(spec.id, spec.answer));
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('decimals', decimals));
  const tolerance = 0.5 * 10 ** -decimals;
  const result = (status: ExerciseResult['status'], text: { zh: string; en: string }): ExerciseResult => {
    const made = { id: spec.id, status, message_zh: text.zh, message_en: text.en };
    // The Deno Jupyter kernel shows an object by this hook: the student sees the message, not a record.
    Object.defineProperty(made, Symbol.for('Jupyter.display'), { value: () => ({ 'text/plain': `${text.zh}\n${text.en}` }), enumerable: false });
    return made;
  };
  const wrong = (hint: { zh: string; en: string }) => result('wrong', messages.exerciseWrong(spec.id, hint));
  return (answer: Answer): ExerciseResult => {
    if (answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === '')) return result('not_answered', messages.exerciseNotAnswered(spec.id));
    let value: number;
    if (typeof answer === 'number') {
      if (!Number.isFinite(answer)) return wrong(messages.exerciseHintNotANumber());
      value = answer;
    } else if (typeof answer === 'string') {
      // Points written in English (28.2 pp, 28.2 percentage points) are points.
      const text = answer.trim().replace(/\s*(pp|percentage points?|points?)$/i, '个百分点');
      const read = tryParse(text);
      if (!read.ok) return wrong(messages.exerciseHintUnreadable(answer));
      const parsed = read.quantity;
      // A unit written with the answer must be the one asked for: points are not percent, people are not yuan.
      if (parsed.unit !== 'number' && !sameUnit(parsed.unit, unit)) return wrong(messages.exerciseHintUnit(parsed.unit, unit));
      // 164.9亿 without 元 is 164.9亿 all the same: a scale word is read as a scale.
      value = parsed.unit === 'number' && parsed.scale === 1 ? parsed.amount : parsed.amount / scale;
    } else {
      return wrong(messages.exerciseHintNotANumber());
    }
    if (within(value, spec.answer, tolerance)) return result('correct', messages.exerciseCorrect(spec.id));
    const mistake = (spec.mistakes ?? []).find((each) => within(value, each.value, tolerance));
    if (mistake) return wrong(mistake.hint);
    if (spec.answer !== 0 && within(value, -spec.answer, tolerance)) return wrong(messages.exerciseHintSign());
    if (unit === 'percent' && within(value * 100, spec.answer, tolerance)) return wrong(messages.exerciseHintFraction());
    if (SCALE_SLIPS.some((factor) => within(value, spec.answer * factor, tolerance * Math.max(1, factor)))) return wrong(messages.exerciseHintScale());
    if (spec.answer !== 0 && within(value, spec.answer, Math.abs(spec.answer) * 0.02)) return wrong(messages.exerciseHintPrecision(decimals));
    return wrong(messages.exerciseHintGeneric());
  };
}
