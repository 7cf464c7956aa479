import { describe, expect, it } from 'vitest';
import { exercise } from '../../src/exercises/exercise.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';

describe('exercise', () => {
  // (1.337 × 1.1)^½ − 1 = 21.2724…%, asked to two decimals
  const average = exercise({ id: '1', answer: (Math.sqrt(1.337 * 1.1) - 1) * 100, unit: 'percent', decimals: 2, mistakes: [{ value: 21.85, hint: { zh: '算术平均', en: 'an arithmetic mean' } }] });

  it('says "not answered yet" before an answer, never an error', () => {
    for (const empty of [undefined, null, '', '  ']) expect(average(empty)).toMatchObject({ status: 'not_answered', message_en: 'Exercise 1: not answered yet.', message_zh: '练习1:尚未作答。' });
  });

  it('accepts a hand-rounded answer to the precision asked, as a number or with its unit', () => {
    for (const right of [21.27, 21.2724, '21.27%', ' 21.27 % ']) expect(average(right).status, String(right)).toBe('correct');
    // 21.28 is outside 21.2714 ± 0.005
    expect(average(21.28).status).toBe('wrong');
  });

  it('gives the hint of a known mistake, and never the worked value', () => {
    const result = average(21.85);
    expect(result.status).toBe('wrong');
    expect(result.message_en).toBe('Exercise 1: not yet. Hint: an arithmetic mean.');
    for (const wrong of [21.85, 30, -21.27, 21.3, 2127, '21.27个百分点', 'abc', Number.NaN]) {
      const message = `${average(wrong).message_zh} ${average(wrong).message_en}`;
      expect(message, String(wrong)).not.toMatch(/21\.27/);
    }
  });

  it('checks the unit: points are not percent, people are not yuan, 万 is not 亿', () => {
    expect(average('21.27个百分点').message_en).toMatch(/wrong unit: the answer is in percentage points, the exercise asks for percent/);
    // points written in English are points; a scale word without 元 is a scale; a fraction is not a percentage
    const points = exercise({ id: '7', answer: 28.2, unit: 'pp' });
    expect(['28.2 pp', '28.2 percentage points', '28.2个百分点'].map((answer) => points(answer).status)).toEqual(['correct', 'correct', 'correct']);
    expect(average('0.2127').message_en).toMatch(/give a percentage, not a fraction/);
    const part = exercise({ id: '4', answer: 164.9, unit: 'yuan', scale: 100_000_000, decimals: 1 });
    expect([part(164.9).status, part('164.9亿元').status, part('164.9亿').status, part('1649000万元').status]).toEqual(['correct', 'correct', 'correct', 'correct']);
    expect(part('164.9万元').message_en).toMatch(/order of magnitude is off: check 万/);
    expect(part(1649000).message_en).toMatch(/order of magnitude/);
    expect(part('164.9人').message_en).toMatch(/wrong unit/);
  });

  it('catches a sign the wrong way round, and an answer rounded too early', () => {
    expect(average(-21.27).message_en).toMatch(/the sign is the wrong way round/);
    expect(average(21.4).message_en).toMatch(/close: give 2 decimals as asked/);
  });

  it('refuses a worked answer that is not a number, and a precision that is not a count', () => {
    expect(() => exercise({ id: 'x', answer: Number.NaN })).toThrow(FactcheckError);
    expect(() => exercise({ id: 'x', answer: Number.NaN })).toThrow(/Exercise "x" has no worked answer/);
    expect(() => exercise({ id: 'x', answer: 1, decimals: 1.5 })).toThrow(/"decimals" must be a whole number/);
  });

  it('shows as its message in the Deno Jupyter kernel', () => {
    const shown = (average(21.27) as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]?.();
    expect(shown?.['text/plain']).toBe('练习1:正确。\nExercise 1: correct.');
  });
});
