import { describe, expect, it } from 'vitest';
import { teachingExercises, teachingExerciseSpecs } from '../../src/exercises/teaching-exercises.ts';

describe('teachingExercises', () => {
  const checkers = teachingExercises();
  const specs = new Map(teachingExerciseSpecs().map((spec) => [spec.id, spec]));
  const exercises = Object.fromEntries([...specs].map(([id, spec]) => [id, Object.assign(checkers[id]!, { spec })]));

  it('works every answer out from the report\'s figures (worked by hand here)', () => {
    const answer = (id: string) => exercises[id]?.spec.answer;
    expect(answer('1a')).toBeCloseTo(100 * 1.337 * 1.1, 10); // 147.07
    expect(answer('1b')).toBeCloseTo((Math.sqrt(1.337 * 1.1) - 1) * 100, 10); // 21.2724…%
    expect(answer('2a')).toBeCloseTo(31.5, 10);
    expect(answer('2b')).toBeCloseTo(5, 10);
    expect(answer('3')).toBeCloseTo(7.61, 10);
    expect(answer('4')).toBeCloseTo(0.603 * 273.46, 10); // 164.9亿元
    expect(answer('5')).toBeCloseTo((44935000 * 1002.5) / 1e8, 10); // 450.47亿元
    expect(answer('6')).toBeCloseTo(5.4, 10);
    expect(answer('7')).toBeCloseTo(33.7 - 5.5, 10); // 28.2 points
    expect(answer('8')).toBeCloseTo(13.37, 10);
  });

  it('accepts each worked answer rounded to the decimals asked', () => {
    for (const [id, check] of Object.entries(exercises)) {
      const rounded = Number(check.spec.answer.toFixed(check.spec.decimals ?? 1));
      expect(check(rounded).status, id).toBe('correct');
    }
  });

  it('holds checkers only: the worked answers are not on them', () => {
    for (const check of Object.values(teachingExercises())) expect(Object.keys(check)).toEqual([]);
  });

  it('catches every hinted mistake with its hint, and gives no answer away', () => {
    let hinted = 0;
    for (const [id, check] of Object.entries(exercises)) {
      for (const mistake of check.spec.mistakes ?? []) {
        const result = check(mistake.value);
        expect(result.status, `${id}: ${mistake.value}`).toBe('wrong');
        expect(result.message_en, id).toContain(mistake.hint.en);
        expect(result.message_zh, id).toContain(mistake.hint.zh);
        // the worked answer as a number of its own (not "5" inside "1.5")
        const worked = String(Number(check.spec.answer.toFixed(check.spec.decimals ?? 1))).replace('.', '\\.');
        expect(result.message_en, id).not.toMatch(new RegExp(`(?<![\\d.])${worked}(?![\\d])`));
        hinted += 1;
      }
    }
    expect(hinted).toBe(11);
  });
});
